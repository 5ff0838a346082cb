import Hummingbird
import Logging
import OtklikStore
import ServiceLifecycle

/// Builds the HTTP application over a store.
public enum OtklikApplication {
    /// Throws when the page templates in the build cannot be read.
    public static func router(store: AppealStore, configuration: ServerConfiguration) throws -> Router<OtklikRequestContext> {
        let router = Router(context: OtklikRequestContext.self)
        let registry = ServerMetrics.registry
        router.add(middleware: LogRequestsMiddleware(.info))
        router.add(middleware: MetricsMiddleware())
        router.add(middleware: ProblemMiddleware())
        router.add(middleware: ServerTimingMiddleware())
        HealthAPI(store: store).register(on: router)
        MetricsAPI(store: store, registry: registry).register(on: router)
        OpenAPIDocument.register(on: router)
        AuthAPI(store: store, tokenLifetime: configuration.tokenLifetime).register(on: router)
        let api = router.group("/api/v1").add(middleware: AuthMiddleware(store: store))
        AppealsAPI(store: store, dueSoon: configuration.dueSoon, timeZone: configuration.timeZone).register(on: api)
        ReferenceAPI(store: store).register(on: api)
        NotificationsAPI(store: store).register(on: api)
        FlowAPI(store: store).register(on: api)
        CalendarAPI(store: store).register(on: api)
        SuggestionsAPI(store: store).register(on: api)
        AnalyticsAPI(store: store, timeZone: configuration.timeZone).register(on: api)
        let weights = try configuration.ratingWeights()
        RatingsAPI(store: store, timeZone: configuration.timeZone, weights: weights).register(on: api)
        IndicatorsAPI(store: store, timeZone: configuration.timeZone).register(on: api)
        ReportsAPI(store: store, timeZone: configuration.timeZone, weights: weights).register(on: api)
        WebPages(
            store: store, configuration: configuration, renderer: try PageRenderer(), mapTiles: try configuration.mapTileTemplate(), ratingWeights: weights
        )
            .register(on: router)
        return router
    }

    public static func make(
        store: AppealStore, configuration: ServerConfiguration, logger: Logger,
        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) throws -> some ApplicationProtocol {
        // Term alerts are stored once each (`raiseTermAlerts`), so a restart or a second process neither loses nor repeats one.
        let alerts = configuration.schedulerInterval.map { interval in
            PeriodicWork(interval: interval) {
                do {
                    let raised = try await store.raiseTermAlerts(soon: configuration.dueSoon)
                    if raised > 0 { logger.info("term alerts raised", metadata: ["count": "\(raised)"]) }
                } catch {
                    logger.error("term alerts failed: \(error)")
                }
            }
        }
        // The first model right after start, then again whenever enough new appeals have a topic.
        let retraining = configuration.retrainCheckInterval.map { interval in
            PeriodicWork(interval: interval) { await store.retrainStructureModelIfDue() }
        }
        // Each week's notes once the week has ended, kept once each (`WeeklyNoteIssuer`), like the alerts.
        let notes = configuration.schedulerInterval.map { interval in
            PeriodicWork(interval: interval) {
                do {
                    let issued = try await WeeklyNoteIssuer(store: store, timeZone: configuration.timeZone).issueDue()
                    if issued > 0 { logger.info("weekly notes issued", metadata: ["count": "\(issued)"]) }
                } catch {
                    logger.error("weekly notes failed: \(error)")
                }
            }
        }
        let services: [any Service] = [alerts, notes, retraining].compactMap { $0 }
        return Application(
            router: try router(store: store, configuration: configuration),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Otklik"),
            services: services,
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
            logger: logger
        )
    }
}
