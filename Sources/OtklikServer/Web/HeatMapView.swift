/// What the heat map page shows: the form, municipalities by topic blocks as coloured cells that open
/// the inbox at the cell's items, and the legend of the levels.
struct HeatMapView {
    struct Form {
        var measures: [SelectOption]
        var from: String
        var to: String
        var channels: [SelectOption]
        var kinds: [SelectOption]
    }

    struct Cell {
        var text: String
        var level: Int
        var title: String
        var link: String?
    }

    struct Row {
        var title: String
        var cells: [Cell]
    }

    struct LegendItem {
        var level: Int
        var text: String
    }

    var chrome: PageChrome
    var form: Form
    var errors: [String]
    var measureTitle: String
    var period: String
    var blockTitles: [String]
    var rows: [Row]
    var hasRows: Bool
    var legend: [LegendItem]
}
