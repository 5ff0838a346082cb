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
        /// In the order of `BodyRatings.measures`, as the header.
        var figures: [String]
        var ranked: Bool
    }

    /// A figure's column: a short label, the measure's full name as its hint.
    struct Header {
        var label: String
        var hint: String
    }

    var chrome: PageChrome
    var form: Form
    var errors: [String]
    var period: String
    var headers: [Header]
    var rows: [Row]
    var hasRows: Bool
    var method: String
    var exports: [ExportLink]
}
