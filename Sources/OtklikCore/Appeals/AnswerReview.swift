import Foundation

/// A reviewer's grade of one answer, with who gave it and why (issue 7).
public struct AnswerReview: Codable, Sendable, Equatable {
    public var grade: AnswerGrade
    public var reason: String?
    public var reviewerId: String
    public var at: Date

    public init(grade: AnswerGrade, reason: String?, reviewerId: String, at: Date) {
        self.grade = grade
        self.reason = reason
        self.reviewerId = reviewerId
        self.at = at
    }
}
