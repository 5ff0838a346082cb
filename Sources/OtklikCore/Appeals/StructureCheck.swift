/// The checks of an appeal's structure fields (place, topic, summary), shared by intake and by
/// the actions that structure an appeal, so both refuse the same values with the same words.
enum StructureCheck {
    static func errors(
        municipalityId: String?, blockId: String?, topicId: String?, point: GeoPoint?, summary: String?, address: String?,
        municipalityIds: Set<String>, rubricator: Rubricator
    ) -> [FieldError] {
        var errors: [FieldError] = []
        if let point, !point.isValid {
            errors.append(FieldError(field: "point", message: "Координаты вне допустимого диапазона (широта −90…90, долгота −180…180)"))
        }
        if let id = municipalityId, !municipalityIds.contains(id) {
            errors.append(FieldError(field: "municipalityId", message: "Нет муниципального образования с кодом ОКТМО «\(id)»"))
        }
        if let id = topicId, rubricator.topic(id) == nil {
            errors.append(FieldError(field: "topicId", message: "Нет тематики с кодом «\(id)»"))
        }
        if let id = blockId, rubricator.block(id) == nil {
            errors.append(FieldError(field: "blockId", message: "Нет отраслевого блока с кодом «\(id)»"))
        }
        for (field, value) in [("summary", summary), ("address", address)] {
            if let error = tooLong(field, value) { errors.append(error) }
        }
        return errors
    }

    /// A short field (name, address, summary) over its limit.
    static func tooLong(_ field: String, _ value: String?) -> FieldError? {
        guard let value, IntakeLimits.exceeds(value, IntakeLimits.maxShortFieldLength) else { return nil }
        return FieldError(field: field, message: "Не длиннее \(IntakeLimits.maxShortFieldLength) символов")
    }
}
