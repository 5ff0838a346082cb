/// The Open311 service definition: the same attributes for every topic — the municipality the problem is in,
/// by its ОКТМО code, so the request is routed without guessing from the address.
public enum Open311Definition {
    public static let municipalityCode = "municipality"

    public static func attributes(municipalities: [Municipality]) -> [Open311Attribute] {
        [
            Open311Attribute(
                code: municipalityCode, datatype: .singlevaluelist, required: false, order: 1,
                description: "Муниципальное образование, где находится проблема",
                values: municipalities.map { (key: $0.oktmo, name: $0.name) }
            )
        ]
    }
}
