import Foundation
import OtklikCore

/// Every setting of Otklik, read from the environment in this one place.
/// | variable | default |
/// |---|---|
/// | `OTKLIK_DATABASE_URL` | `sqlite:data/otklik.sqlite` |
/// | `OTKLIK_HOST` | `127.0.0.1` |
/// | `OTKLIK_PORT` | `8080` |
/// | `OTKLIK_TIME_ZONE` | `Europe/Moscow` (the region's zone: numbering year, later terms) |
/// | `OTKLIK_NUMBER_PREFIX` | `ЦУР` |
/// | `OTKLIK_TOKEN_TTL_HOURS` | `12` |
/// | `OTKLIK_BCRYPT_COST` | `10` |
/// | `OTKLIK_LOG_LEVEL` | `info` |
/// | `OTKLIK_TERM_SHIFT` | `previous`: a term in calendar days ending on a day off moves to the previous working day (or `next`) |
/// | `OTKLIK_DUE_SOON_HOURS` | `24`: less than this left before a term, and the item is «скоро срок» |
/// | `OTKLIK_SCHEDULER_SECONDS` | `60`: how often term reminders and escalations are raised; `0` turns it off |
/// | `OTKLIK_TERM_RULES` | none: a JSON file of term rules in place of the defaults (`otklik terms` prints them) |
/// | `OTKLIK_SECURE_COOKIES` | `false`: mark the session cookie Secure (set it when the server is behind HTTPS) |
/// | `OTKLIK_MODEL_EXAMPLES` | `50000`: the structure model learns from at most this many latest structured appeals |
/// | `OTKLIK_RETRAIN_AFTER` | `500`: the model is trained again once this many more appeals have a topic |
/// | `OTKLIK_AUTO_STRUCTURE_CONFIDENCE` | `0.95`: at intake, an appeal without a topic gets the model's top topic when it is this sure; `off`: never |
/// | `OTKLIK_AUTO_STRUCTURE_MIN_EXAMPLES` | `1000`: only a model that learned from this many structured appeals sets topics by itself |
/// | `OTKLIK_RETRAIN_CHECK_SECONDS` | `300`: how often the trainer looks; `0` turns background retraining off |
/// | `OTKLIK_PRESIDENTIAL_DAYS_OFF` | `false`: whether the presidential non-working days of 2020–2021 count as days off |
/// | `OTKLIK_RATING_WEIGHTS` | `onTime=0.3,speed=0.15,quality=0.3,notOverdue=0.15,notRedirected=0.1`: the parts of a body's score |
/// | `OTKLIK_MAP_TILES` | none: a tile server's URL template with `{z}`, `{x}`, `{y}` drawn under the map of points; none: a plain grid |
public struct ServerConfiguration: Sendable {
    public var databaseURL: String
    public var host: String
    public var port: Int
    public var timeZone: TimeZone
    public var numberPrefix: String
    public var tokenLifetime: TimeInterval
    public var bcryptCost: UInt8
    public var logLevel: String
    public var termShift: TermShift
    public var presidentialDaysOff: Bool
    public var dueSoon: TimeInterval
    public var termRulesPath: String?
    public var secureCookies: Bool
    /// Nil when the scheduler is off.
    public var schedulerInterval: Duration?
    /// How the topic and body model learns and when it structures by itself.
    public var structure: StructureSettings
    /// Nil when background retraining is off.
    public var retrainCheckInterval: Duration?
    /// A tile URL template under the map of points (`mapTileTemplate()` checks it); nil: no tiles.
    public var mapTiles: String?
    /// The weights of a body's score as given (`ratingWeights()` reads them); nil: the defaults.
    public var ratingWeightsText: String?

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        func value(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        databaseURL = value("OTKLIK_DATABASE_URL") ?? "sqlite:data/otklik.sqlite"
        host = value("OTKLIK_HOST") ?? "127.0.0.1"
        port = value("OTKLIK_PORT").flatMap(Int.init) ?? 8080
        timeZone = value("OTKLIK_TIME_ZONE").flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: "Europe/Moscow")!
        numberPrefix = value("OTKLIK_NUMBER_PREFIX") ?? "ЦУР"
        tokenLifetime = (value("OTKLIK_TOKEN_TTL_HOURS").flatMap(Double.init) ?? 12) * 3600
        bcryptCost = value("OTKLIK_BCRYPT_COST").flatMap(UInt8.init).map { min(max($0, 4), 31) } ?? 10
        logLevel = value("OTKLIK_LOG_LEVEL") ?? "info"
        termShift = value("OTKLIK_TERM_SHIFT").flatMap(TermShift.init(rawValue:)) ?? .previousWorkingDay
        dueSoon = (value("OTKLIK_DUE_SOON_HOURS").flatMap(Double.init).map { max($0, 0) } ?? 24) * 3600
        termRulesPath = value("OTKLIK_TERM_RULES")
        let schedulerSeconds = value("OTKLIK_SCHEDULER_SECONDS").flatMap(Double.init) ?? 60
        schedulerInterval = schedulerSeconds > 0 ? .milliseconds(Int64(schedulerSeconds * 1000)) : nil
        structure = StructureSettings()
        structure.examples = max(value("OTKLIK_MODEL_EXAMPLES").flatMap(Int.init) ?? structure.examples, 100)
        structure.retrainAfter = max(value("OTKLIK_RETRAIN_AFTER").flatMap(Int.init) ?? structure.retrainAfter, 1)
        if let confidence = value("OTKLIK_AUTO_STRUCTURE_CONFIDENCE") {
            structure.autoStructureConfidence = Double(confidence).map { min(max($0, 0.5), 1) }
        }
        structure.autoStructureMinimumExamples =
            max(value("OTKLIK_AUTO_STRUCTURE_MIN_EXAMPLES").flatMap(Int.init) ?? structure.autoStructureMinimumExamples, 0)
        let retrainSeconds = value("OTKLIK_RETRAIN_CHECK_SECONDS").flatMap(Double.init) ?? 300
        retrainCheckInterval = retrainSeconds > 0 ? .milliseconds(Int64(retrainSeconds * 1000)) : nil
        func flag(_ name: String) -> Bool { value(name).map { ["1", "true", "yes"].contains($0.lowercased()) } ?? false }
        presidentialDaysOff = flag("OTKLIK_PRESIDENTIAL_DAYS_OFF")
        secureCookies = flag("OTKLIK_SECURE_COOKIES")
        mapTiles = value("OTKLIK_MAP_TILES")
        ratingWeightsText = value("OTKLIK_RATING_WEIGHTS")
    }

    /// The weights of a body's score (`RatingWeights`), checked.
    public func ratingWeights() throws -> RatingWeights {
        guard let text = ratingWeightsText else { return .standard }
        guard let weights = RatingWeights(text: text) else {
            throw ConfigurationError(
                "OTKLIK_RATING_WEIGHTS: ожидается «onTime=0.3,speed=0.15,quality=0.3,notOverdue=0.15,notRedirected=0.1» — неотрицательные веса, не все нулевые"
            )
        }
        return weights
    }

    /// The tile URL template, checked: an address with all three of `{z}`, `{x}`, `{y}`.
    public func mapTileTemplate() throws -> String? {
        guard let mapTiles else { return nil }
        let placeholders = ["{z}", "{x}", "{y}"].filter { !mapTiles.contains($0) }
        guard placeholders.isEmpty, mapTiles.hasPrefix("https://") || mapTiles.hasPrefix("http://") || mapTiles.hasPrefix("/") else {
            throw ConfigurationError(
                "OTKLIK_MAP_TILES: ожидается адрес сервера тайлов вида https://…/{z}/{x}/{y}.png"
                    + (placeholders.isEmpty ? "" : "; нет " + placeholders.joined(separator: ", "))
            )
        }
        return mapTiles
    }

    /// The term rules (the defaults, or `OTKLIK_TERM_RULES`) on the shipped production calendar, in the
    /// region's zone; the store puts the calendar years loaded into the database in place of the shipped ones.
    public func termPolicy() throws -> TermPolicy {
        var rules = TermRules.default
        if let path = termRulesPath {
            do {
                rules = try JSONDecoder().decode(TermRules.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
            } catch {
                throw ConfigurationError("Не удалось прочитать правила сроков из «\(path)» (OTKLIK_TERM_RULES): \(error)")
            }
            let problems = rules.problems()
            guard problems.isEmpty else {
                throw ConfigurationError("Правила сроков из «\(path)»: " + problems.joined(separator: "; "))
            }
        }
        let calendar = RussianProductionCalendar.calendar(presidentialDaysOff: presidentialDaysOff)
        return TermPolicy(rules: rules, calendar: calendar, timeZone: timeZone, shift: termShift)
    }
}
