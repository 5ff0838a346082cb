import Foundation
import OtklikCore

/// A submission from a form's fields (the public page, or the API's `multipart/form-data`): the same names
/// as `PublicSubmission`'s JSON; coordinates that are not numbers are field errors, not a lost point.
enum PublicFormFields {
    static func submission(_ form: WebForm) throws -> PublicSubmission {
        var errors: [FieldError] = []
        func coordinate(_ name: String) -> Double? {
            guard let text = form[name] else { return nil }
            guard let value = Double(text.replacingOccurrences(of: ",", with: ".").trimmingCharacters(in: .whitespaces)), value.isFinite else {
                errors.append(FieldError(field: name, message: "Координата — число, например 47.65"))
                return nil
            }
            return value
        }
        var kind = AppealKind.message
        if let given = form["kind"] {
            if let known = AppealKind(rawValue: given) {
                kind = known
            } else {
                errors.append(FieldError(field: "kind", message: "Выберите «Обращение» или «Сообщение»"))
            }
        }
        let submission = PublicSubmission(
            kind: kind, text: form.fields["text"] ?? "", topicId: form["topicId"], address: form["address"], lat: coordinate("lat"), lon: coordinate("lon"),
            name: form["name"], email: form["email"], phone: form["phone"], consent: form["consent"], submissionId: form["submissionId"]
        )
        guard errors.isEmpty else { throw Problem.invalid(errors) }
        return submission
    }
}
