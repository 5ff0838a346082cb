/// What the indicators' page shows: the form, the monthly monitoring with each fact coloured against the
/// plan, the municipalities side by side for the region, and what is read from the directory as it is today.
struct IndicatorsView {
    struct Form {
        var year: String
        var municipalities: [SelectOption]
    }

    struct Cell {
        var text: String
        /// `met`, `near`, `missed`, `no_plan`, `no_data`: the colour.
        var status: String
        var hint: String
    }

    struct Row {
        var id: String
        var title: String
        var formula: String
        var plan: String
        var cells: [Cell]
    }

    struct Snapshot {
        var id: String
        var title: String
        var formula: String
        var text: String
    }

    var chrome: PageChrome
    var form: Form
    var errors: [String]
    var hasReport: Bool
    var subject: String
    var period: String
    var note: String
    var months: [String]
    var rows: [Row]
    var headers: [String]
    var comparison: [Row]
    var hasComparison: Bool
    var directory: [Snapshot]
    var legend: [Cell]
    var exports: [ExportLink]
    var comparisonExports: [ExportLink]
    var planLink: String?
    var notice: String?
}
