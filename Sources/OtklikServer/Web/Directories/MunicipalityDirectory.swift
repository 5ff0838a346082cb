import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// Municipalities: ОКТМО code, name, population (for volumes per 10,000 residents), centre point, and the populated
/// places by which an address finds the municipality — edited one per line, or loaded for all from the ОКТМО lists.
struct MunicipalityDirectory {
    let pages: DirectoryPages
    /// The ОКТМО lists of a whole federal district are a few megabytes; the country's, some fifty.
    static let maxListBytes = 64 << 20

    func show(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let query = request.uri.queryParameters
        let municipalities = try await pages.store.references().municipalities
        let places = try await pages.store.places()
        var values: [String: String] = [:]
        if let id = query.get("edit"), let m = municipalities.first(where: { $0.id == id }) {
            values = [
                "oktmo": m.oktmo, "name": m.name, "population": m.population.map(String.init) ?? "", "lat": m.centre.map { String($0.lat) } ?? "",
                "lon": m.centre.map { String($0.lon) } ?? "", "places": (places[m.oktmo] ?? []).joined(separator: "\n"), "editing": "true",
            ]
        }
        let notice = query.get("saved").map { "Сохранено: \($0)" } ?? query.get("loaded")
        return try page(context, municipalities, places: places, values: values, notice: notice)
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
            return try page(context, try await pages.store.references().municipalities, places: try await pages.store.places(), values: form.fields, errors: errors)
        }
        let administrator = try pages.administrator(context).id
        let places = (form["places"] ?? "").split(whereSeparator: \.isNewline).map(String.init)
        try await pages.store.save(municipalities: [municipality], places: [municipality.oktmo: places], by: administrator)
        return DirectoryPages.saved("/admin/municipalities", municipality.name)
    }

    /// Loads every municipality's places from the two ОКТМО lists sent as files (UTF-8, or windows-1251 as the
    /// classifier is often published); the municipalities the lists do not cover keep theirs.
    func importPlaces(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let administrator = try pages.administrator(context).id
        guard let boundary = MultipartForm.boundary(request.headers[.contentType]) else {
            throw Problem.malformed("Ожидается форма с файлами (multipart/form-data)")
        }
        let form = try await MultipartForm.read(request, boundary: boundary, maxBytes: Self.maxListBytes)
        guard let csrf = WebSession.csrfToken(context), form.fields["_csrf"] == csrf else {
            throw Problem(.forbidden, type: "csrf", title: "Форма устарела", detail: "Обновите страницу и загрузите файлы ещё раз.")
        }
        let municipalities = try await pages.store.references().municipalities
        var errors: [FieldError] = []
        func text(_ field: String, _ title: String) -> String? {
            guard let file = form.files.first(where: { $0.name == field && !$0.file.data.isEmpty })?.file else {
                errors.append(FieldError(field: field, message: "Выберите файл: \(title)"))
                return nil
            }
            if let text = String(data: file.data, encoding: .utf8) ?? String(data: file.data, encoding: .windowsCP1251) { return text }
            errors.append(FieldError(field: field, message: "Файл «\(file.fileName ?? title)» не текст в UTF-8 или windows-1251"))
            return nil
        }
        let formations = text("formations", "перечень муниципальных образований")
        let settlements = text("settlements", "перечень населённых пунктов")
        if let formations, let settlements {
            do {
                let notice = try await pages.store.importPlaces(formations: formations, settlements: settlements, by: administrator)
                return .redirect(to: "/admin/municipalities?loaded=" + (notice.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""), type: .normal)
            } catch StoreError.invalid(let refusals) {
                errors += refusals
            }
        }
        return try page(context, municipalities, places: try await pages.store.places(), values: [:], errors: errors)
    }

    private func page(
        _ context: OtklikRequestContext, _ municipalities: [Municipality], places: [String: [String]], values: [String: String],
        errors: [FieldError] = [], notice: String? = nil
    ) throws -> Response {
        let rows = municipalities.map { m in
            DirectoryView.Row(
                id: m.oktmo,
                cells: [
                    m.oktmo, m.name, m.population.map { String($0) } ?? "—", m.centre.map { String(format: "%.4f, %.4f", $0.lat, $0.lon) } ?? "—",
                    places[m.oktmo].map { String($0.count) } ?? "—",
                ],
                editLink: "/admin/municipalities?edit=\(m.oktmo)"
            )
        }
        return try pages.render(
            "directory-municipalities", tab: "municipalities", title: "Муниципальные образования", context: context, rows: rows, values: values,
            errors: errors, choices: [:], notice: notice
        )
    }
}
