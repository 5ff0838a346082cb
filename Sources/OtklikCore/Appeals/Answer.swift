import Foundation

/// An answer given by a body (ответ; промежуточный ответ when `isInterim`).
public struct Answer: Codable, Sendable, Equatable {
    public var text: String
    public var authorId: String
    public var bodyId: String?
    public var at: Date
    public var isInterim: Bool
    /// The centre's grade of the answer, once given; a later grade replaces it (the history keeps both).
    public var review: AnswerReview?

    public init(text: String, authorId: String, bodyId: String?, at: Date, isInterim: Bool = false, review: AnswerReview? = nil) {
        self.text = text
        self.authorId = authorId
        self.bodyId = bodyId
        self.at = at
        self.isInterim = isInterim
        self.review = review
    }
}
