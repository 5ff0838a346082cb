import ArgumentParser
import Foundation
import Logging
import OtklikServer
import OtklikStore

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Запустить сервер (API).")

    @Option(help: "Адрес (по умолчанию OTKLIK_HOST или 127.0.0.1)") var host: String?
    @Option(help: "Порт (по умолчанию OTKLIK_PORT или 8080; 0 — любой свободный)") var port: Int?
    @OptionGroup var database: DatabaseOption
    @Flag(help: "Заполнить пустую базу демонстрационным регионом") var demo = false
    @Option(help: "Сколько обращений создать в демо-регионе") var demoAppeals = 20_000
    @Option(help: "Папка с перечнями ОКТМО (tom3_oktmo_1.csv, tom3_oktmo_2.csv): населённые пункты демо-региона")
    var demoOktmo: String?

    func run() async throws {
        var configuration = ServerConfiguration()
        if let host { configuration.host = host }
        if let port { configuration.port = port }
        var logger = Logger(label: "otklik")
        logger.logLevel = Logger.Level(rawValue: configuration.logLevel) ?? .info
        let store = try await database.open(configuration, logger: logger)
        if demo, try await DemoLoader.isEmpty(store) {
            try await Demo.loadAndPrint(into: store, appeals: demoAppeals, seed: 2026, cost: configuration.bcryptCost)
            if let demoOktmo {
                let directory = URL(fileURLWithPath: demoOktmo)
                Console.line(
                    try await PlacesCommand.load(
                        formations: directory.appendingPathComponent("tom3_oktmo_1.csv").path,
                        settlements: directory.appendingPathComponent("tom3_oktmo_2.csv").path, into: store
                    )
                )
            }
        }
        let host = configuration.host
        await store.startSimilarityIndex()
        await store.startAnalytics()
        await store.configureStructureModel(configuration.structure, logger: logger)
        let app = try OtklikApplication.make(store: store, configuration: configuration, logger: logger) { port in
            Console.line("Отклик работает: http://\(host):\(port)/  (рабочее место; проверка: http://\(host):\(port)/health, API: http://\(host):\(port)/api/v1, база: \(store.kind.rawValue))")
        }
        try await app.runService()
        try await store.close()
    }
}
