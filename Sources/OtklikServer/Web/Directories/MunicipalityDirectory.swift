import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// Municipalities: ОКТМО code, name, population (for volumes per 10,000 residents), centre point.
struct MunicipalityDirectory {
    let pages: DirectoryPages

    func show(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let query = request.uri.queryParameters
        let municipalities = try await pages.store.references().municipalities
        var values: [String: String] = [:]
        if let id = query.get("edit"), let m = municipalities.first(where: { $0.id == id }) {
            values = [
                "oktmo": m.oktmo, "name": m.name, "population": m.population.map(String.init) ?? "", "lat": m.centre.map { String($0.lat) } ?? "",
                "lon": m.centre.map { String($0.lon) } ?? "", "editing": "true",
            ]
        }
        return try page(context, municipalities, values: values, notice: query.get("saved").map { "Сохранено: \($0)" })
    }

    func save(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let form = try await pages.form(request, context)
        var errors: [FieldError] = []
        func number<T: LosslessStringConvertible>(_ name: String, _ type: T.Type, message: String) -> T? {
            guard let raw = form[name] else { return nil }
            if let value = T(raw.replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: " ", with: "")) { return value }
            errors.append(FieldError(field: name, message: message))
            return nil
        }
        let population = number("population", Int.self, message: "Численность — целое число")
        let lat = number("lat", Double.self, message: "Широта — число, например 47.2357")
        let lon = number("lon", Double.self, message: "Долгота — число, например 39.7015")
        if (lat == nil) != (lon == nil), errors.isEmpty { errors.append(FieldError(field: "lat", message: "Укажите и широту, и долготу")) }
        let municipality = Municipality(
            oktmo: form["oktmo"] ?? "", name: form["name"] ?? "", centre: lat.flatMap { lat in lon.map { GeoPoint(lat: lat, lon: $0) } },
            population: population
        )
        errors += DirectoryCheck.errors(in: municipality).map { $0.field == "centre" ? FieldError(field: "lat", message: $0.message) : $0 }
        guard errors.isEmpty else {
            return try page(context, try await pages.store.references().municipalities, values: form.fields, errors: errors)
        }
        try await pages.store.save(municipalities: [municipality], by: try pages.administrator(context).id)
        return DirectoryPages.saved("/admin/municipalities", municipality.name)
    }

    private func page(
        _ context: OtklikRequestContext, _ municipalities: [Municipality], values: [String: String], errors: [FieldError] = [], notice: String? = nil
    ) throws -> Response {
        let rows = municipalities.map { m in
            DirectoryView.Row(
                id: m.oktmo,
                cells: [m.oktmo, m.name, m.population.map { String($0) } ?? "—", m.centre.map { String(format: "%.4f, %.4f", $0.lat, $0.lon) } ?? "—"],
                editLink: "/admin/municipalities?edit=\(m.oktmo)"
            )
        }
        return try pages.render(
            "directory-municipalities", tab: "municipalities", title: "Муниципальные образования", context: context, rows: rows, values: values,
            errors: errors, choices: [:], notice: notice
        )
    }
}
