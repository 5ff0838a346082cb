import Foundation
import OtklikCore
import OtklikStore

/// The public list and map of problems: the filters, the map of the newest items' rounded points, a page of items.
struct PublicProblemsView {
    struct Item {
        var problem: PublicProblem
        var received: String
        var answered: Bool
    }

    var municipalities: [SelectOption]
    var topics: [SelectOption]
    var map: String?
    var items: [Item]
    var nextLink: String?
    var empty: Bool
    var error: String?
}
