import Hummingbird
import Logging
import OtklikStore

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
        AppealsAPI(store: store, dueSoon: configuration.dueSoon).register(on: api)
        ReferenceAPI(store: store).register(on: api)
        NotificationsAPI(store: store).register(on: api)
        FlowAPI(store: store).register(on: api)
        CalendarAPI(store: store).register(on: api)
        SuggestionsAPI(store: store).register(on: api)
        WebPages(store: store, configuration: configuration, renderer: try PageRenderer()).register(on: router)
        return router
    }

    public static func make(
        store: AppealStore, configuration: ServerConfiguration, logger: Logger,
        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) throws -> some ApplicationProtocol {
        let scheduler = configuration.schedulerInterval.map {
            TermScheduler(store: store, interval: $0, soon: configuration.dueSoon, logger: logger)
        }
        return Application(
            router: try router(store: store, configuration: configuration),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Otklik"),
            services: scheduler.map { [$0] } ?? [],
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
            logger: logger
        )
    }
}
