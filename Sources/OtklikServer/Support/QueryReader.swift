import OtklikCore

/// Reads a query string's parameters one by one, gathering a Russian error for each bad one, so a request
/// is refused once with all of them.
struct QueryReader {
    let value: (String) -> String?
    var errors: [FieldError] = []

    init(_ value: @escaping (String) -> String?) {
        self.value = value
    }

    /// The parameter, nil when missing or empty.
    func text(_ name: String) -> String? {
        value(name).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// One of an enumeration's raw values; anything else is an error listing the allowed ones.
    mutating func choice<T: RawRepresentable & CaseIterable>(_ name: String, _ type: T.Type) -> T? where T.RawValue == String {
        guard let raw = text(name) else { return nil }
        if let found = T(rawValue: raw) { return found }
        errors.append(FieldError(field: name, message: "Допустимые значения: \(T.allCases.map(\.rawValue).joined(separator: ", "))"))
        return nil
    }
}
