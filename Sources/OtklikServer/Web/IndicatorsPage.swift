import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// `GET /indicators?year=&municipality=`: the indicators' monthly monitoring against the plans (issue 7),
/// from the same query and figures as `GET /api/v1/indicators`; `/indicators/export` downloads them;
/// `/indicators/plan` is the administrator's form of the year's plans.
struct IndicatorsPage {
    let store: AppealStore
    let configuration: ServerConfiguration
    let renderer: PageRenderer

    func register(on pages: RouterGroup<OtklikRequestContext>) {
        pages.get("/indicators") { request, context in try await page(request, context, download: false) }
        pages.get("/indicators/export") { request, context in try await page(request, context, download: true) }
        pages.get("/indicators/plan") { request, context in try await plan(request, context) }
        pages.post("/indicators/plan") { request, context in try await savePlan(request, context) }
    }

    func today() -> LocalDate { LocalDate(Timestamp.now(), in: configuration.timeZone) }

    func page(_ request: Request, _ context: OtklikRequestContext, download: Bool) async throws -> Response {
        let user = try context.requireUser()
        let references = try await store.references()
        let parameters = request.uri.queryParameters
        let reader = QueryReader { parameters.get($0) }
        let query = request.uri.query ?? ""
        var view = IndicatorsView(
            chrome: try PageChrome(title: "Показатели", context: context),
            form: IndicatorsView.Form(
                year: reader.given("year") ?? String(today().year),
                municipalities: SelectOption.municipalities(references, selected: reader.given("municipality"))
            ),
            errors: [], hasReport: false, subject: "", period: "", note: IndicatorResource.note, months: [], rows: [],
            headers: Indicators.all.map(\.id), comparison: [], hasComparison: false,
            directory: [Self.snapshot(IndicatorResource.Snapshot(bodies: references.bodies, municipalityId: reader.given("municipality")))],
            legend: [IndicatorStatus.met, .near, .missed, .noPlan].map { IndicatorsView.Cell(text: $0.title, status: $0.rawValue, hint: "") },
            exports: ExportLink.all("/indicators/export", query: query),
            comparisonExports: ExportLink.all("/indicators/export", query: (query.isEmpty ? "" : query + "&") + "table=municipalities"),
            planLink: nil, notice: reader.given("saved") == nil ? nil : "План сохранён"
        )
        do {
            let indicators = try IndicatorsQuery({ parameters.get($0) }, references: references, today: today())
            let report = try await indicators.report(store, scope: user.scope, references: references)
            if download { return try report.file(references, table: indicators.table).response(indicators.format ?? .csv) }
            let monitoring = report.monitoring
            view.hasReport = true
            view.subject = report.subject(references)
            view.period = "\(monitoring.from.russian) — \(monitoring.to.russian)"
            view.months = (monitoring.rows.first?.months ?? []).map { IndicatorReport.monthTitle($0.month) }
            view.rows = monitoring.rows.map { row in
                let indicator = row.indicator
                return IndicatorsView.Row(
                    id: indicator.id, title: "\(indicator.title), \(indicator.unit)",
                    formula: "Числитель: \(indicator.numerator). Знаменатель: \(indicator.denominator).", plan: Self.text(row.plan, indicator),
                    cells: row.months.map { Self.cell($0.fact, $0.status, indicator) } + [Self.cell(row.yearFact, row.yearStatus, indicator)]
                )
            }
            if let comparison = report.comparison {
                view.hasComparison = true
                view.comparison = comparison.rows.map { row in
                    IndicatorsView.Row(
                        id: row.municipalityId, title: references.municipalityName(row.municipalityId) ?? row.municipalityId, formula: "", plan: "",
                        cells: zip(Indicators.all, row.cells).map { indicator, cell in
                            var shown = Self.cell(cell.fact, cell.status, indicator)
                            shown.hint = "\(indicator.id) \(indicator.title): план \(Self.text(cell.plan, indicator))"
                            return shown
                        }
                    )
                }
            }
            if user.role == .admin {
                view.planLink = "/indicators/plan?year=\(indicators.year)" + (indicators.municipality.map { "&municipality=\($0)" } ?? "")
            }
        } catch let failure as ValidationFailure {
            view.errors = failure.errors.map(\.message)
        }
        return renderer.html("indicators", view, status: view.errors.isEmpty ? .ok : .unprocessableContent)
    }

    /// A plan or fact as the page shows it: per cent with a tenth, hours and days likewise; «—» for none.
    static func text(_ value: Double?, _ indicator: Indicator) -> String {
        value.map { SliceFormat.decimal(indicator.entered($0), digits: 1) } ?? "—"
    }

    static func cell(_ fact: Double?, _ status: IndicatorStatus, _ indicator: Indicator) -> IndicatorsView.Cell {
        IndicatorsView.Cell(text: text(fact, indicator), status: status.rawValue, hint: status.title)
    }

    // MARK: Plans

    /// The administrator behind the request; anyone else is refused.
    func administrator(_ context: OtklikRequestContext) throws -> User {
        let user = try context.requireUser()
        guard user.role == .admin else { throw Problem.forbidden("Плановые значения показателей задаёт администратор") }
        return user
    }

    /// The year and the territory of the plan form, from its query or its fields; both read as the
    /// indicators' own parameters are, the year required.
    func target(_ value: @escaping (String) -> String?, references: ReferenceData) throws -> (year: Int, municipality: String) {
        var reader = QueryReader(value)
        let year = IndicatorsQuery.year(&reader)
        if year == nil, reader.errors.isEmpty { reader.errors.append(IndicatorsQuery.yearError) }
        let municipality = reader.municipality(known: references.municipalityIds)
        guard let year, reader.errors.isEmpty else { throw Problem.invalid(reader.errors) }
        return (year, municipality ?? "")
    }

    func plan(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        _ = try administrator(context)
        let references = try await store.references()
        let parameters = request.uri.queryParameters
        let (year, municipality) = try target({ parameters.get($0) }, references: references)
        let plans = try await store.indicatorPlans(year: year)[municipality] ?? [:]
        let values = Dictionary(uniqueKeysWithValues: Indicators.all.map { indicator in
            (indicator.id, plans[indicator.id].map { SliceFormat.decimal(indicator.entered($0), digits: 1) } ?? "")
        })
        return try await planForm(context, year: year, municipality: municipality, values: values, errors: [:], references: references)
    }

    func savePlan(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let admin = try administrator(context)
        let form = try await WebForm.read(request, context: context)
        let references = try await store.references()
        let (year, municipality) = try target({ form[$0] }, references: references)
        var values: [String: Double?] = [:]
        var errors: [String: String] = [:]
        var typed: [String: String] = [:]
        for indicator in Indicators.all {
            let raw = form[indicator.id] ?? ""
            typed[indicator.id] = raw
            if raw.isEmpty {
                values[indicator.id] = .some(nil)
            } else if let number = Double(raw.replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: " ", with: "")), number.isFinite {
                values[indicator.id] = indicator.stored(number)
            } else {
                errors[indicator.id] = "Ожидается число, например 95 или 12,5"
            }
        }
        if errors.isEmpty {
            do {
                try await store.setIndicatorPlans(year: year, municipalityId: municipality, values: values, by: admin.id)
                let back = "/indicators?year=\(year)" + (municipality.isEmpty ? "" : "&municipality=\(municipality)") + "&saved=1"
                return .redirect(to: back, type: .normal)
            } catch StoreError.invalid(let found) {
                for error in found where errors[error.field] == nil { errors[error.field] = error.message }
            }
        }
        return try await planForm(context, year: year, municipality: municipality, values: typed, errors: errors, references: references)
    }

    func planForm(
        _ context: OtklikRequestContext, year: Int, municipality: String, values: [String: String], errors: [String: String],
        references: ReferenceData
    ) async throws -> Response {
        let format = WebFormat(timeZone: configuration.timeZone)
        let history = try await store.indicatorPlanHistory(year: year, municipalityId: municipality).map { change in
            let indicator = Indicators.indicator(change.indicatorId)
            let value = change.value.map { value in indicator.map { Self.text(value, $0) + " " + $0.unit } ?? String(value) } ?? "план снят"
            return IndicatorPlanView.Change(at: format.dateTime(change.at) ?? "", by: change.by, text: "\(change.indicatorId): \(value)")
        }
        let view = IndicatorPlanView(
            chrome: try PageChrome(title: "План показателей", context: context), year: String(year), municipality: municipality,
            subject: references.municipalityName(municipality) ?? "регион",
            fields: Indicators.all.map { indicator in
                IndicatorPlanView.Field(
                    id: indicator.id, label: "\(indicator.id) \(indicator.title)", unit: indicator.unit, value: values[indicator.id] ?? "",
                    fieldError: errors[indicator.id]
                )
            },
            alert: errors.isEmpty ? nil : "Не сохранено: исправьте отмеченные поля", history: history, hasHistory: !history.isEmpty,
            back: "/indicators?year=\(year)" + (municipality.isEmpty ? "" : "&municipality=\(municipality)")
        )
        return renderer.html("indicator-plan", view, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    /// «2 из 3 (66,7 %)»: K11 as the page writes it.
    static func snapshot(_ snapshot: IndicatorResource.Snapshot) -> IndicatorsView.Snapshot {
        let share = snapshot.value.map { " (" + SliceFormat.decimal($0 * 100, digits: 1) + " %)" } ?? ""
        return IndicatorsView.Snapshot(
            id: snapshot.id, title: snapshot.title, formula: "\(snapshot.numerator) / \(snapshot.denominator)",
            text: "\(snapshot.withPage) из \(snapshot.obliged)\(share)"
        )
    }
}
