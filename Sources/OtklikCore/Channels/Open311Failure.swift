/// Every error of one Open311 call; the response's status is the first error's code.
public struct Open311Failure: Error, Sendable, Equatable {
    public var errors: [Open311Error]

    public init(_ errors: [Open311Error]) {
        self.errors = errors
    }

    public var status: Int { errors.first?.code ?? 400 }

    /// Intake's field errors under the Open311 names the client sent (`text` is its `description`).
    public static func fields(_ errors: [FieldError]) -> Open311Failure {
        let names = [
            "text": "description", "author.email": "email", "author.phone": "phone", "author.name": "first_name",
            "author.profile": "account_id", "address": "address_string", "point": "lat", "municipalityId": "attribute[municipality]",
            "topicId": "service_code", "blockId": "service_code",
        ]
        return Open311Failure(errors.map { .badRequest("\(names[$0.field] ?? $0.field): \($0.message)") })
    }
}
