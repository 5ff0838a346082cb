import Foundation
import OtklikCore
import OtklikStore

/// The public page of one poll: its questions as a form while the resident may vote, else its results as bars.
struct PollPageView {
    struct Option {
        var index: Int
        var text: String
        var places: [SelectOption]
    }

    struct Question {
        var id: String
        var text: String
        var kindTitle: String
        var isSingle: Bool
        var isMultiple: Bool
        var isRanking: Bool
        var isText: Bool
        var options: [Option]
        var error: String?
        /// The results' chart (SVG) and free answers, when results are shown.
        var chart: String?
        var texts: [String]
        var answered: String?
    }

    var csrf: String
    var poll: PollResource
    var period: String
    var questions: [Question]
    var canVote: Bool
    var needsLogin: Bool
    var loginLink: String
    var municipalities: [SelectOption]
    var showResults: Bool
    var justVoted: Bool
    var problem: String?

    init(
        poll: PollResource, csrf: String, format: WebFormat, signedIn: Bool, references: ReferenceData, errors: [FieldError] = [], justVoted: Bool,
        problem: String? = nil
    ) {
        self.csrf = csrf
        self.poll = poll
        period = "\(format.dateTime(poll.opensAt) ?? "") — \(format.dateTime(poll.closesAt) ?? "")"
        canVote = poll.state == .open && signedIn && !poll.voted
        needsLogin = poll.state == .open && !signedIn
        loginLink = ResidentAccess.loginPath(next: "/public/polls/\(poll.id)")
        municipalities = poll.residentsOnly ? SelectOption.municipalities(references, selected: nil) : []
        showResults = poll.results != nil
        self.justVoted = justVoted
        self.problem = problem
        let results = poll.results
        questions = poll.questions.map { question in
            let result = results?.questions.first { $0.id == question.id }
            let places = (1...max(question.options.count, 1)).map { SelectOption(value: String($0), title: String($0), selected: false) }
            var chart: String?
            if let result, question.kind != .text {
                let bars = result.options.map { option in
                    let figure = question.kind == .ranking ? "\(option.score ?? 0) б." : "\(option.votes)"
                    return BarChart.Bar(label: option.text, segments: [BarChart.Segment(value: Double(question.kind == .ranking ? option.score ?? 0 : option.votes), tone: 1, title: figure)], text: figure)
                }
                chart = BarChart(title: question.text, bars: bars, width: 360, labelWidth: 150).svg
            }
            return Question(
                id: question.id, text: question.text, kindTitle: question.kind.title, isSingle: question.kind == .single,
                isMultiple: question.kind == .multiple, isRanking: question.kind == .ranking, isText: question.kind == .text,
                options: question.options.indices.map { Option(index: $0, text: question.options[$0], places: places) },
                error: errors.first { $0.field == "answers/\(question.id)" }?.message, chart: chart, texts: result?.texts ?? [],
                answered: result.map { "Ответили: \($0.answered)" }
            )
        }
    }
}
