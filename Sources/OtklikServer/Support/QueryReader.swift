import OtklikCore

/// Reads a query string's parameters one by one, gathering a Russian error for each bad one, so a request
/// is refused once with all of them.
struct QueryReader {
    let value: (String) -> String?
    var errors: [FieldError] = []

    init(_ value: @escaping (String) -> String?) {
        self.value = value
    }

    /// The parameter as given, nil when missing or empty (what a form shows back).
    func given(_ name: String) -> String? {
        value(name).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The parameter, nil when missing or empty. A NUL character is refused: PostgreSQL cannot compare text
    /// with one, and no real value has it.
    mutating func text(_ name: String) -> String? {
        guard let raw = given(name) else { return nil }
        guard !raw.unicodeScalars.contains("\u{0}") else {
            errors.append(FieldError(field: name, message: "Недопустимый символ NUL в значении"))
            return nil
        }
        return raw
    }

    /// One of an enumeration's raw values; anything else is an error listing the allowed ones.
    mutating func choice<T: RawRepresentable & CaseIterable>(_ name: String, _ type: T.Type) -> T? where T.RawValue == String {
        guard let raw = text(name) else { return nil }
        if let found = T(rawValue: raw) { return found }
        errors.append(FieldError(field: name, message: "Допустимые значения: \(T.allCases.map(\.rawValue).joined(separator: ", "))"))
        return nil
    }

    /// One municipality by its code (`municipality`), one of `known`; nil when not given or unknown (an error).
    mutating func municipality(known: Set<String>) -> String? {
        guard let code = text("municipality") else { return nil }
        guard known.contains(code) else {
            errors.append(FieldError(field: "municipality", message: "Муниципальное образование: неизвестное значение «\(code)»"))
            return nil
        }
        return code
    }
}
