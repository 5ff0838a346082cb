/// The appeal card as its template reads it.
struct AppealView {
    struct Fact {
        var label: String
        var value: String
        var alert: Bool = false
    }

    struct Link {
        var label: String
        var id: String
        var number: String
    }

    struct Entry {
        var at: String
        var actor: String
        var title: String
        var change: String?
        var details: [Fact]
    }

    /// A file kept with the item; no link for a role that may not open it.
    struct FileRow {
        var name: String
        var kind: String
        var size: String
        var link: String?
        /// A photo's thumbnail, for the roles that open files.
        var thumbnail: String?
    }

    struct AnswerRow {
        var at: String
        var text: String
        var body: String
        /// The centre's grade, «Оценка ЦУР: …», with its reason; nil before one.
        var review: String?
        var reviewFault: Bool
    }

    var chrome: PageChrome
    var id: String
    var number: String
    var version: Int
    var statusTitle: String
    var termTitle: String
    var termClass: String
    var kindTitle: String
    var channelTitle: String
    var text: String
    var authorMasked: Bool
    var author: [Fact]
    var place: [Fact]
    var structure: [Fact]
    var terms: [Fact]
    var links: [Link]
    var hasLinks: Bool
    var suggestions: SuggestionsView
    var answers: [AnswerRow]
    var hasAnswers: Bool
    var feedback: String?
    var history: [Entry]
    var actions: [ActionFormView]
    var hasActions: Bool
    var files: [FileRow] = []
    var hasFiles = false
    var notice: String?
    /// Why the last action was refused (named apart from the fields' errors: a template looks names up the stack).
    var alert: String?
}
