/// Which column of a history file fills which field (`ImportField`): found from the header by the usual
/// names, with any column given by hand (`field=Column name`) in place of the found one.
public struct ImportMapping: Sendable, Equatable {
    /// The column index of each mapped field.
    public var columns: [ImportField: Int]
    /// Header names no field takes: reported, so a misspelt column is seen, not silently dropped.
    public var unused: [String]

    /// The mapping of `header`; `given` names columns by field (`text` → «Текст обращения»), an empty name
    /// leaving the field out (a column of the same name that means something else). A given column the
    /// header lacks is an error naming the header's columns.
    public static func of(header: [String], given: [ImportField: String] = [:]) throws(ValidationFailure) -> ImportMapping {
        let keys = header.map(ImportField.key)
        var columns: [ImportField: Int] = [:]
        var errors: [FieldError] = []
        for field in ImportField.allCases {
            if let name = given[field] {
                if name.trimmingCharacters(in: .whitespaces).isEmpty { continue }
                if let index = keys.firstIndex(of: ImportField.key(name)) {
                    columns[field] = index
                } else {
                    errors.append(FieldError(field: field.rawValue, message: "В файле нет столбца «\(name)»; есть: \(header.joined(separator: ", "))"))
                }
            } else if let index = keys.firstIndex(where: { key in field.names.contains { ImportField.key($0) == key } }) {
                columns[field] = index
            }
        }
        if columns[.text] == nil, errors.isEmpty {
            errors.append(FieldError(field: "text", message: "Не найден столбец с текстом обращения; укажите его: text=«имя столбца»"))
        }
        guard errors.isEmpty else { throw ValidationFailure(errors) }
        let taken = Set(columns.values)
        return ImportMapping(columns: columns, unused: header.indices.filter { !taken.contains($0) }.map { header[$0] })
    }

    /// The columns given by hand as `field=Column name` (an empty name leaves the field out), each checked.
    public static func given(_ pairs: [String]) throws(ValidationFailure) -> [ImportField: String] {
        var given: [ImportField: String] = [:]
        var errors: [FieldError] = []
        for pair in pairs {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2, let field = ImportField(rawValue: parts[0]) else {
                let fields = ImportField.allCases.map(\.rawValue).joined(separator: ", ")
                errors.append(FieldError(field: "map", message: "«\(pair)»: ожидается поле=Столбец; поля: \(fields)"))
                continue
            }
            given[field] = parts[1]
        }
        guard errors.isEmpty else { throw ValidationFailure(errors) }
        return given
    }

    /// A row's value of a field, trimmed; nil when the field has no column or the cell is empty.
    public func value(_ field: ImportField, in row: [String]) -> String? {
        guard let index = columns[field], index < row.count else { return nil }
        let value = row[index].trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty ? nil : value
    }
}
