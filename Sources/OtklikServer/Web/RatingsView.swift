/// What the rating page shows: the form, the bodies by place with their score, the change of place and
/// the figures behind the score, and how the score is made.
struct RatingsView {
    struct Form {
        var from: String
        var to: String
        var municipalities: [SelectOption]
        var blocks: [SelectOption]
    }

    struct Row {
        var place: String
        var move: String
        var moveClass: String
        var body: String
        var score: String
        var appeals: String
        var onTime: String
        var median: String
        var satisfaction: String
        var overdue: String
        var redirect: String
        var ranked: Bool
    }

    var chrome: PageChrome
    var form: Form
    var errors: [String]
    var period: String
    var rows: [Row]
    var hasRows: Bool
    var method: String
    var exports: [ExportLink]
}
