import Foundation

/// A poll's results (issue 9), counted from its ballots: votes and shares per option; for a ranking also a
/// Borda score (an option ranked k-th of n gets n − k points) by which it is ordered; for free text the number
/// of answers and the newest few, with personal data hidden and offensive ones left out.
public struct PollResults: Codable, Sendable, Equatable {
    public struct Option: Codable, Sendable, Equatable {
        public var text: String
        public var votes: Int
        /// Votes over the question's ballots, 0…1; nil without ballots.
        public var share: Double?
        /// Rankings only.
        public var score: Int?
    }

    public struct Question: Codable, Sendable, Equatable {
        public var id: String
        public var text: String
        public var kind: PollQuestionKind
        public var answered: Int
        public var options: [Option]
        public var texts: [String]
    }

    public static let shownTexts = 20

    public var ballots: Int
    public var questions: [Question]

    /// `ballots` newest first.
    public init(poll: Poll, ballots: [PollBallot], flagger: TextFlagger) {
        self.ballots = ballots.count
        questions = poll.questions.map { question in
            let answers = ballots.compactMap { $0.answers[question.id] }
            var votes = Array(repeating: 0, count: question.options.count)
            var scores = Array(repeating: 0, count: question.options.count)
            var texts: [String] = []
            var answered = 0
            for answer in answers {
                if question.kind == .text {
                    guard let text = answer.text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { continue }
                    answered += 1
                    let shown = PersonalDataRedaction.redact(text, author: nil)
                    if texts.count < Self.shownTexts, !flagger.flags(shown).contains(where: { $0.flag == .offensive }) { texts.append(shown) }
                    continue
                }
                let choices = (answer.choices ?? []).filter { votes.indices.contains($0) }
                guard !choices.isEmpty else { continue }
                answered += 1
                for (position, choice) in choices.enumerated() {
                    if question.kind == .ranking {
                        scores[choice] += question.options.count - position
                        if position == 0 { votes[choice] += 1 }
                    } else {
                        votes[choice] += 1
                    }
                }
            }
            var order = Array(question.options.indices)
            // A ranking reads best from the top score down; ties keep the poll's order.
            if question.kind == .ranking { order.sort { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 } }
            let options = order.map { index in
                Option(
                    text: question.options[index], votes: votes[index], share: answered == 0 ? nil : Double(votes[index]) / Double(answered),
                    score: question.kind == .ranking ? scores[index] : nil
                )
            }
            return Question(id: question.id, text: question.text, kind: question.kind, answered: answered, options: options, texts: texts)
        }
    }
}
