import OtklikCore
import OtklikStore

/// What the analytics page shows: the slice form, and the slice as a list with bars (one cut) or as a
/// table of rows by columns (two cuts), each figure beside the previous period's.
struct AnalyticsView {
    struct Form {
        var measures: [SelectOption]
        var rows: [SelectOption]
        var columns: [SelectOption]
        var from: String
        var to: String
        var municipalities: [SelectOption]
        var blocks: [SelectOption]
        var channels: [SelectOption]
        var kinds: [SelectOption]
    }

    struct Line {
        var title: String
        var value: String
        var previous: String
        var change: String
        /// The bar's length, in per cent of the largest value.
        var bar: Int
        var link: String?
    }

    struct TableRow {
        var title: String
        var cells: [String]
        var total: String
    }

    var chrome: PageChrome
    var form: Form
    var errors: [String]
    var measureTitle: String
    var period: String
    var total: String
    var previousTotal: String
    var change: String
    var lines: [Line]
    var hasLines: Bool
    var columnTitles: [String]
    var table: [TableRow]
    var hasTable: Bool
    var isEmpty: Bool
    var exports: [ExportLink] = []
}
