import OtklikStore

/// One `<option>` of a select on a page, with whether it is the chosen one.
struct SelectOption: Sendable {
    var value: String
    var title: String
    var selected: Bool

    static func list(_ items: [(value: String, title: String)], selected: String?) -> [SelectOption] {
        items.map { SelectOption(value: $0.value, title: $0.title, selected: $0.value == selected) }
    }

    /// The region's municipalities by name, as every filter form offers them.
    static func municipalities(_ references: ReferenceData, selected: String?) -> [SelectOption] {
        list(references.municipalities.map { ($0.id, $0.name) }, selected: selected)
    }

    /// The rubricator's topic blocks, as every filter form offers them.
    static func blocks(_ references: ReferenceData, selected: String?) -> [SelectOption] {
        list(references.rubricator.blocks.map { ($0.id, $0.name) }, selected: selected)
    }
}
