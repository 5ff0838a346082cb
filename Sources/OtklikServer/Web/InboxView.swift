import Foundation
import OtklikCore
import OtklikStore

/// The inbox page as its template reads it.
struct InboxView {
    struct Counter {
        var title: String
        var count: Int
        var link: String
        var alert: Bool
        var active: Bool
    }

    struct Row {
        var id: String
        var number: String
        var received: String
        var channelCode: String
        var channelTitle: String
        var channelShort: String
        var kindTitle: String
        var statusTitle: String
        var topic: String
        var municipality: String
        var body: String
        var firstLine: String
        /// The urgent flags of the text («Авария, Касается детей»), nil when none.
        var urgent: String?
        var due: String?
        var overdue: Bool
        var overdueBy: String?
        var dueSoon: Bool
    }

    struct Filters {
        var statuses: [SelectOption]
        var kinds: [SelectOption]
        var channels: [SelectOption]
        var blocks: [SelectOption]
        var municipalities: [SelectOption]
        var bodies: [SelectOption]
        var sorts: [SelectOption]
        var from: String
        var to: String
        var q: String
        var overdue: Bool
        var dueSoon: Bool
    }

    struct Saved {
        var id: String
        var name: String
        var link: String
        var active: Bool
    }

    var chrome: PageChrome
    var saved: [Saved]
    var hasSaved: Bool
    /// The filter shown now, as the query a saved filter keeps (no page position).
    var currentQuery: String
    var counters: [Counter]
    var filters: Filters
    var errors: [String: String]
    var rows: [Row]
    var hasRows: Bool
    var isEmpty: Bool
    var nextLink: String?
    var firstLink: String?
    /// The whole list as a file, with the current filters.
    var exports: [ExportLink]
}
