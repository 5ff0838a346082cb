/// One `<option>` of a select on a page, with whether it is the chosen one.
struct SelectOption: Sendable {
    var value: String
    var title: String
    var selected: Bool

    static func list(_ items: [(value: String, title: String)], selected: String?) -> [SelectOption] {
        items.map { SelectOption(value: $0.value, title: $0.title, selected: $0.value == selected) }
    }
}
