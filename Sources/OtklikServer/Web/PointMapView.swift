/// What the map of points shows (issue 6): the form, the map as SVG, how many items it holds and how
/// many of them have no point.
struct PointMapView {
    struct Form {
        var from: String
        var to: String
        var municipalities: [SelectOption]
        var blocks: [SelectOption]
        var topics: [SelectOption]
    }

    var chrome: PageChrome
    var form: Form
    var errors: [String]
    var hasMap: Bool
    var map: String
    var summary: String
    var note: String
}
