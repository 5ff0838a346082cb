import Foundation
import OtklikCore

/// The page of a resident's link: the public view of the item in words and local dates, and the rating form.
struct PublicStatusView {
    var csrf: String
    var secret: String
    var appeal: PublicAppeal
    var received: String
    var due: String?
    var answered: String?
    var justCreated: Bool
    var justRated: Bool
    var link: String
    var solved: Bool
    var notSolved: Bool
    var error: String?

    init(appeal: PublicAppeal, secret: String, csrf: String, format: WebFormat, justCreated: Bool, justRated: Bool, error: String? = nil) {
        self.csrf = csrf
        self.secret = secret
        self.appeal = appeal
        received = format.dateTime(appeal.receivedAt) ?? ""
        due = format.day(appeal.dueAt)
        answered = format.dateTime(appeal.answeredAt)
        self.justCreated = justCreated
        self.justRated = justRated
        link = PublicDesk.link(number: appeal.number, secret: secret)
        solved = appeal.satisfied == true
        notSolved = appeal.satisfied == false
        self.error = error
    }
}
