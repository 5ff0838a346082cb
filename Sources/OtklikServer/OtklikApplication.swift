import Hummingbird
import Logging
import OtklikCore
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
        MetricsAPI(store: store, registry: registry, process: ServerMetrics.process).register(on: router)
        OpenAPIDocument.register(on: router)
        AuthAPI(store: store, tokenLifetime: configuration.tokenLifetime).register(on: router)
        let api = router.group("/api/v1").add(middleware: AuthMiddleware(store: store))
        AppealsAPI(store: store, dueSoon: configuration.dueSoon, timeZone: configuration.timeZone).register(on: api)
        AttachmentsAPI(store: store).register(on: api)
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
        OutboxAPI(store: store).register(on: api)
        ImportsAPI(store: store, timeZone: configuration.timeZone).register(on: api)
        POSAPI(store: store).register(on: api)
        store.setPublicBaseURL(try configuration.publicBaseURL())
        store.setSessionCacheLifetime(configuration.sessionCacheLifetime)
        let limiter = SubmissionLimiter(limits: configuration.publicLimits)
        let desk = PublicDesk(store: store, login: configuration.publicLogin, limiter: limiter)
        let residents = ResidentAccess(store: store, limiter: limiter)
        PublicAPI(desk: desk).register(on: router)
        PollsAPI(desk: PollDesk(store: store), residents: residents).register(on: router, staff: api)
        let discussions = DiscussionDesk(store: store, limiter: limiter)
        DiscussionsAPI(desk: discussions, residents: residents).register(on: router, staff: api)
        Open311API(store: store, keys: try configuration.open311Keys(), timeZone: configuration.timeZone).register(on: router)
        TelegramWebhook(store: store, settings: try configuration.telegram()).register(on: router)
        VKCallbackServer(store: store, settings: try configuration.vk()).register(on: router)
        OKWebhook(store: store, settings: try configuration.ok()).register(on: router)
        let renderer = try PageRenderer()
        let tiles = try configuration.mapTileTemplate()
        PublicPages(desk: desk, renderer: renderer, configuration: configuration, tiles: tiles)
            .register(on: router)
        ResidentAppealsPages(store: store, residents: residents, renderer: renderer, configuration: configuration).register(on: router)
        PollPages(
            desk: PollDesk(store: store), residents: residents, renderer: renderer, configuration: configuration,
            oidc: try configuration.oidc().map(OIDCLogin.init(settings:))
        ).register(on: router)
        DiscussionPages(desk: discussions, residents: residents, renderer: renderer, configuration: configuration).register(on: router)
        WebPages(
            store: store, configuration: configuration, renderer: renderer, mapTiles: tiles, ratingWeights: weights,
            moderation: discussions
        )
            .register(on: router)
        return router
    }

    public static func make(
        store: AppealStore, configuration: ServerConfiguration, logger: Logger,
        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) throws -> some ApplicationProtocol {
        // Term alerts are stored once each (`raiseTermAlerts`), so a restart or a second process neither loses nor repeats one;
        // where the site's mail server is set, they also go as letters to the users who gave an e-mail.
        let relay = try configuration.relay()
        let linkBase = try configuration.publicBaseURL()
        let alerts = configuration.schedulerInterval.map { interval in
            PeriodicWork(interval: interval) {
                do {
                    let raised = try await store.raiseTermAlerts(soon: configuration.dueSoon, letters: relay != nil)
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
                    let issuer = WeeklyNoteIssuer(store: store, timeZone: configuration.timeZone, letters: relay != nil, linkBase: linkBase)
                    let issued = try await issuer.issueDue()
                    if issued > 0 { logger.info("weekly notes issued", metadata: ["count": "\(issued)"]) }
                } catch {
                    logger.error("weekly notes failed: \(error)")
                }
            }
        }
        // What the outbox holds goes out after commit; a restart picks up whatever was left (`OutboxDispatcher`).
        var adapters: [Channel: any OutboundAdapter] = [:]
        if let telegram = try configuration.telegram() { adapters[.telegram] = TelegramBot(settings: telegram) }
        if let vk = try configuration.vk() { adapters[.vk] = VKAPI(settings: vk) }
        if let ok = try configuration.ok() { adapters[.ok] = OKBot(settings: ok) }
        if let relay { adapters[.email] = SMTPMailer(settings: relay) }
        let dispatcher = OutboxDispatcher(store: store, adapters: adapters, logger: logger)
        let outbox = configuration.outboxInterval.map { interval in
            PeriodicWork(interval: interval) {
                do {
                    let sent = try await dispatcher.dispatchDue()
                    if sent.delivered + sent.failed > 0 {
                        logger.info("outbox sent", metadata: ["delivered": "\(sent.delivered)", "failed": "\(sent.failed)"])
                    }
                } catch {
                    logger.error("outbox failed: \(error)")
                }
            }
        }
        let mail: (any Service)? = try configuration.mail().map { SMTPListener(settings: $0, store: store, logger: logger) }
        let services: [any Service] = [alerts, notes, retraining, outbox].compactMap { $0 } + [mail].compactMap { $0 }
        return Application(
            router: try router(store: store, configuration: configuration),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Otklik"),
            services: services,
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
            logger: logger
        )
    }
}
