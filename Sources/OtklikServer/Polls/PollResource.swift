import Foundation
import OtklikCore

/// A poll as the public side shows it: what it asks, for whom, when, how many voted, and the results once
/// the poll is over or the viewer has voted.
struct PollResource: Encodable {
    var id: String
    var title: String
    @EncodedNull var description: String?
    @EncodedNull var municipality: String?
    var residentsOnly: Bool
    var state: PollState
    var stateTitle: String
    var opensAt: Date
    var closesAt: Date
    var ballots: Int
    var questions: [PollQuestion]
    var voted: Bool
    @EncodedNull var results: PollResults?

    init(_ poll: Poll, municipality: String?, ballots: [PollBallot], voted: Bool, now: Date, flagger: TextFlagger) {
        let state = poll.state(at: now)
        id = poll.id
        title = poll.title
        description = poll.description
        self.municipality = municipality
        residentsOnly = poll.residentsOnly
        self.state = state
        stateTitle = state.title
        opensAt = poll.opensAt
        closesAt = poll.closesAt
        self.ballots = ballots.count
        questions = poll.questions
        self.voted = voted
        results = state == .closed || voted ? PollResults(poll: poll, ballots: ballots, flagger: flagger) : nil
    }
}
