// Turkish and English labels. The language comes from the toggle (kept in localStorage), else from the browser.
const LABELS = {
  tr: {
    'app.title': 'Köprü', 'nav.overview': 'Genel bakış', 'nav.connections': 'Bağlantılar',
    'nav.sandboxes': 'Sandbox arızaları', 'nav.logout': 'Çıkış', 'lang.other': 'EN',
    'login.title': 'Giriş', 'login.user': 'Kullanıcı adı', 'login.password': 'Parola', 'login.submit': 'Giriş yap',
    'login.error': 'Kullanıcı adı veya parola yanlış.', 'login.loggedOut': 'Çıkış yaptınız.',
    'pipelines.title': 'Akışlar', 'pipelines.empty': 'Henüz akış yok.', 'pipeline.name': 'Ad',
    'pipeline.route': 'Yön', 'pipeline.state': 'Durum', 'pipeline.schedule': 'Zamanlama',
    'pipeline.lastRuns': 'Son çalışmalar', 'pipeline.actions': 'İşlemler', 'pipeline.run': 'Şimdi çalıştır',
    'pipeline.pause': 'Duraklat', 'pipeline.resume': 'Sürdür', 'pipeline.open': 'Ayrıntı',
    'state.ACTIVE': 'Etkin', 'state.PAUSED': 'Duraklatıldı', 'state.RUNNING': 'Çalışıyor',
    'state.SUCCEEDED': 'Başarılı', 'state.SUCCEEDED_WITH_FAILURES': 'Hatalarla bitti', 'state.FAILED': 'Başarısız',
    'state.ABANDONED': 'Yarıda kaldı', 'health.OK': 'Sağlıklı', 'health.ATTENTION': 'Dikkat gerekiyor',
    'health.FAILING': 'Başarısız', 'pipeline.health': 'Sağlık', 'pipeline.waiting': 'Bekleyen',
    'pipeline.nextRun': 'Sonraki çalışma', 'pipeline.options': 'Seçenekler', 'pipeline.mode': 'Kip',
    'pipeline.batchSize': 'Sayfa boyu', 'pipeline.version': 'Sürüm', 'mode.ONE_WAY': 'tek yönlü',
    'mode.TWO_WAY': 'çift yönlü', 'action.DUE': 'Çalışma başlatıldı', 'action.ALREADY_RUNNING': 'Zaten çalışıyor',
    'action.paused': 'Duraklatıldı', 'action.resumed': 'Sürdürüldü', 'runs.older': 'Daha eski çalışmalar',
    'state.OPEN': 'Açık', 'state.REPLAYED': 'Yeniden işlendi', 'state.IN_DOUBT': 'Belirsiz',
    'state.PENDING': 'Bekliyor', 'state.RETRYING': 'Yeniden denenecek', 'schedule.every': 'her', 'schedule.cron': 'cron', 'schedule.none': 'elle',
    'live.title': 'Canlı çalışmalar', 'live.none': 'Şu an çalışan akış yok; bir sonraki çalışma burada görünür.',
    'counts.read': 'okunan', 'counts.written': 'yazılan', 'counts.skipped': 'atlanan', 'counts.failed': 'aktarılamayan',
    'counts.retrying': 'yeniden denenecek', 'counts.inDoubt': 'belirsiz', 'counts.inDoubtResolved': 'çözülen', 'counts.throttledMs': 'bekleme (ms)',
    'charts.throughput': 'Yazılan kayıt / dakika', 'charts.errors': 'Aktarılamayan kayıt / dakika',
    'charts.records': 'kayıt', 'charts.quiet': 'Son 30 dakikada yazılan kayıt yok.',
    'charts.noErrors': 'Son 30 dakikada aktarılamayan kayıt yok.',
    'charts.outcomes': 'Çalışma başına kayıtlar, sonuca göre', 'charts.noRuns': 'Bu akış henüz hiç çalışmadı.',
    'charts.calls': 'Sisteme yapılan çağrı / dakika', 'charts.callsUnit': 'çağrı', 'charts.answered': 'yanıtlanan',
    'charts.failedCalls': 'başarısız', 'charts.latency': 'Yanıt süresi / dakika (p50 ve p95)',
    'charts.p50': 'p50: çağrıların yarısı bu sürede yanıtlandı', 'charts.p95': 'p95: çağrıların %95\'i bu sürede yanıtlandı',
    'charts.noCalls': 'Son bir saatte bu bağlantıyla sisteme çağrı yapılmadı (sunucu yeniden başlayınca sayım sıfırlanır).',
    'connection.activityNote': 'Akışların, API\'nin ve sınamaların bu bağlantıyla yaptığı tüm çağrılar; bu sunucu başladığından beri sayılır.',
    'charts.noRecords': 'Son çalışmalar kayıt okumadı: kaynakta değişiklik yoktu.', 'runs.title': 'Çalışmalar', 'run.started': 'Başladı',
    'run.duration': 'Süre', 'run.timeline': 'Zaman çizelgesi', 'run.keptForRetry': 'sonraki çalışmalarda yeniden denenecek',
    'run.deadLettered': 'aktarılamadı', 'run.retriedLater': 'sonraki çalışmalar yeniden dener', 'run.error': 'Hata', 'run.title': 'Çalışma', 'run.ended': 'Bitti',
    'run.outcome': 'Sonuç', 'run.throttled': 'Hız sınırı beklemesi', 'run.throughput': 'Kayıt / sn',
    'run.pipeline': 'Akış', 'run.deadLetters': 'Bu çalışmanın hatalı kayıtları', 'run.elapsed': 'Geçen süre',
    'connections.title': 'Bağlantılar', 'connections.empty': 'Henüz bağlantı yok.', 'connection.vendor': 'Sistem',
    'connection.health': 'Sağlık', 'connection.test': 'Sına', 'connection.ok': 'Bağlantı çalışıyor',
    'connection.untested': 'Sınanmadı', 'connection.testing': 'Sınanıyor…',
    'deadLetters.title': 'Hatalı kayıtlar', 'deadLetters.empty': 'Hatalı kayıt yok.', 'deadLetter.record': 'Kayıt',
    'deadLetter.outcome': 'Sonuç', 'deadLetter.field': 'Alan', 'deadLetter.vendorMessage': 'Sistemin mesajı',
    'deadLetter.replay': 'Yeniden işle', 'deadLetter.replayed': 'Yeniden işlendi', 'deadLetter.created': 'Oluştu',
    'deadLetter.details': 'Ayrıntı', 'deadLetter.message': 'Mesaj', 'deadLetter.attempts': 'Denemeler',
    'deadLetter.asRead': 'Kaynaktan okunan kayıt', 'deadLetter.replayAll': 'Açık olanların hepsini yeniden işle',
    'deadLetter.showAll': 'Yeniden işlenenleri de göster', 'deadLetter.stage': 'Aşama', 'phase.READING': 'sayfa okunuyor',
    'phase.WRITING': 'kayıtlar yazılıyor', 'phase.COMMITTED': 'sayfa kaydedildi', 'deadLetter.at': 'Zaman',
    'replay.Created': 'oluşturuldu', 'replay.Updated': 'güncellendi', 'replay.Resolved': 'hedefte bulundu, bağlandı',
    'replay.Skipped': 'değişiklik yok', 'replay.DeadLettered': 'yine aktarılamadı', 'replay.InDoubt': 'belirsiz',
    'replay.SourceMissing': 'kaynakta artık yok', 'replay.Queued': 'sırada: çalışma bitince yeniden işlenecek',
    'replay.none': 'Yeniden işlenecek açık kayıt yok.',
    'deadLetter.replayShown': 'Listelenen açıkları yeniden işle', 'deadLetter.replaySelected': 'Seçilenleri yeniden işle',
    'deadLetter.anyStage': 'Her aşama', 'deadLetter.search': 'Kayıt, mesaj veya alan ara', 'deadLetter.select': 'Seç',
    'deadLetters.noMatch': 'Bu süzgece uyan hatalı kayıt yok.', 'stage.READ': 'Okuma', 'stage.MAP': 'Dönüştürme',
    'stage.WRITE': 'Yazma', 'stage.AFTER': 'Yazım sonrası',
    'intents.title': 'Belirsiz gönderimler', 'intents.empty': 'Belirsiz gönderim yok.', 'intent.key': 'Hedef anahtar',
    'intent.attempts': 'Deneme', 'intent.since': 'Ne zamandan beri',
    'sandboxes.title': 'Sandbox arıza düğmeleri',
    'sandboxes.help': 'Yalnızca demo: bir sandbox’ı yavaşlatın, hata verdirin veya hız sınırı koyun; motorun ne yaptığını izleyin.',
    'sandbox.latencyMs': 'Gecikme (ms)', 'sandbox.errorRate': 'Hata oranı (0-1)', 'sandbox.resetRate': 'Kopma oranı (0-1)',
    'sandbox.loseResponseRate': 'Yanıt kaybı oranı (0-1)', 'sandbox.apply': 'Uygula', 'sandbox.clear': 'Hepsini kapat',
    'sandbox.down': 'yanıt vermiyor', 'sandbox.saved': 'Kaydedildi',
    'common.loading': 'Yükleniyor…', 'common.error': 'Hata', 'common.back': 'Geri', 'common.never': 'hiç',
    'unit.s': 'sn', 'unit.min': 'dk', 'unit.h': 'sa',
    'form.cancel': 'Vazgeç', 'form.save': 'Kaydet', 'form.secret': 'gizli', 'form.secretKept': 'kayıtlı; boş bırakılırsa değişmez',
    'form.edit': 'Düzenle', 'form.delete': 'Sil', 'form.confirmDelete': 'Silinsin mi? Bu geri alınamaz:',
    'connections.new': 'Yeni bağlantı', 'pipelines.new': 'Yeni akış', 'form.schedule.none': 'elle',
    'form.schedule.every': 'aralıkla', 'form.schedule.cron': 'cron', 'form.source': 'Kaynak bağlantı',
    'form.sourceEntity': 'Kaynak varlık', 'form.target': 'Hedef bağlantı', 'form.targetEntity': 'Hedef varlık',
    'form.scheduleValue': 'Aralık veya cron', 'form.scheduleHelp': 'ör. PT5M (5 dakikada bir) veya 0 */5 * * * * (saniye ilk alan, UTC)',
    'form.optionsHelp': 'JSON nesnesi; sunucu denetler ve hatalı alanı söyler', 'form.saved': 'Kaydedildi',
    'api.missing': 'Bu bölümün API’si bu sunucuda yok.',
  },
  en: {
    'app.title': 'Köprü', 'nav.overview': 'Overview', 'nav.connections': 'Connections',
    'nav.sandboxes': 'Sandbox faults', 'nav.logout': 'Log out', 'lang.other': 'TR',
    'login.title': 'Log in', 'login.user': 'User name', 'login.password': 'Password', 'login.submit': 'Log in',
    'login.error': 'Wrong user name or password.', 'login.loggedOut': 'You have logged out.',
    'pipelines.title': 'Pipelines', 'pipelines.empty': 'No pipelines yet.', 'pipeline.name': 'Name',
    'pipeline.route': 'Route', 'pipeline.state': 'State', 'pipeline.schedule': 'Schedule',
    'pipeline.lastRuns': 'Last runs', 'pipeline.actions': 'Actions', 'pipeline.run': 'Run now',
    'pipeline.pause': 'Pause', 'pipeline.resume': 'Resume', 'pipeline.open': 'Details',
    'state.ACTIVE': 'Active', 'state.PAUSED': 'Paused', 'state.RUNNING': 'Running',
    'state.SUCCEEDED': 'Succeeded', 'state.SUCCEEDED_WITH_FAILURES': 'Succeeded with failures',
    'state.FAILED': 'Failed', 'state.ABANDONED': 'Abandoned', 'health.OK': 'Healthy',
    'health.ATTENTION': 'Needs attention', 'health.FAILING': 'Failing', 'pipeline.health': 'Health',
    'pipeline.waiting': 'Waiting', 'pipeline.nextRun': 'Next run', 'pipeline.options': 'Options',
    'pipeline.mode': 'Mode', 'pipeline.batchSize': 'Page size', 'pipeline.version': 'Version',
    'mode.ONE_WAY': 'one-way', 'mode.TWO_WAY': 'two-way', 'action.DUE': 'Run started',
    'action.ALREADY_RUNNING': 'Already running', 'action.paused': 'Paused', 'action.resumed': 'Resumed',
    'runs.older': 'Older runs',
    'state.OPEN': 'Open', 'state.REPLAYED': 'Replayed', 'state.IN_DOUBT': 'In doubt',
    'state.PENDING': 'Pending', 'state.RETRYING': 'Retrying', 'schedule.every': 'every', 'schedule.cron': 'cron', 'schedule.none': 'on demand',
    'live.title': 'Live runs', 'live.none': 'No pipeline is running right now; the next run shows here.',
    'counts.read': 'read', 'counts.written': 'written', 'counts.skipped': 'skipped', 'counts.failed': 'failed',
    'counts.retrying': 'retrying', 'counts.inDoubt': 'in doubt', 'counts.inDoubtResolved': 'resolved', 'counts.throttledMs': 'throttled (ms)',
    'charts.throughput': 'Records written / minute', 'charts.errors': 'Records failed / minute',
    'charts.records': 'records', 'charts.quiet': 'No records written in the last 30 minutes.',
    'charts.noErrors': 'No record failed in the last 30 minutes.',
    'charts.outcomes': 'Records per run, by outcome', 'charts.noRuns': 'This pipeline has not run yet.',
    'charts.calls': 'Vendor calls / minute', 'charts.callsUnit': 'calls', 'charts.answered': 'answered',
    'charts.failedCalls': 'failed', 'charts.latency': 'Response time / minute (p50 and p95)',
    'charts.p50': 'p50: half the calls were answered within this', 'charts.p95': 'p95: 95% of the calls were answered within this',
    'charts.noCalls': 'No vendor calls through this connection in the last hour (the count restarts with the server).',
    'connection.activityNote': 'Every call through this connection (runs, the API, tests), counted since this server started.',
    'charts.noRecords': 'The last runs read no records: nothing had changed at the source.', 'runs.title': 'Runs', 'run.started': 'Started',
    'run.duration': 'Duration', 'run.timeline': 'Timeline', 'run.keptForRetry': 'kept for later runs to retry',
    'run.deadLettered': 'dead-lettered', 'run.retriedLater': 'later runs retry it', 'run.error': 'Error', 'run.title': 'Run', 'run.ended': 'Ended',
    'run.outcome': 'Outcome', 'run.throttled': 'Waited for rate limits', 'run.throughput': 'Records / s',
    'run.pipeline': 'Pipeline', 'run.deadLetters': 'Dead letters of this run', 'run.elapsed': 'Elapsed',
    'connections.title': 'Connections', 'connections.empty': 'No connections yet.', 'connection.vendor': 'System',
    'connection.health': 'Health', 'connection.test': 'Test', 'connection.ok': 'Connection works',
    'connection.untested': 'Not tested', 'connection.testing': 'Testing…',
    'deadLetters.title': 'Dead letters', 'deadLetters.empty': 'No dead letters.', 'deadLetter.record': 'Record',
    'deadLetter.outcome': 'Outcome', 'deadLetter.field': 'Field', 'deadLetter.vendorMessage': 'Vendor’s message',
    'deadLetter.replay': 'Replay', 'deadLetter.replayed': 'Replayed', 'deadLetter.created': 'Created',
    'deadLetter.details': 'Details', 'deadLetter.message': 'Message', 'deadLetter.attempts': 'Attempts',
    'deadLetter.asRead': 'The record as read from the source', 'deadLetter.replayAll': 'Replay all open',
    'deadLetter.showAll': 'Show replayed ones too', 'deadLetter.stage': 'Stage', 'phase.READING': 'reading a page',
    'phase.WRITING': 'writing records', 'phase.COMMITTED': 'page committed', 'deadLetter.at': 'At',
    'replay.Created': 'created', 'replay.Updated': 'updated', 'replay.Resolved': 'found in the target, linked',
    'replay.Skipped': 'no change', 'replay.DeadLettered': 'failed again', 'replay.InDoubt': 'in doubt',
    'replay.SourceMissing': 'no longer in the source', 'replay.Queued': 'queued: replayed when the run ends',
    'replay.none': 'No open dead letters to replay.',
    'deadLetter.replayShown': 'Replay the open ones listed', 'deadLetter.replaySelected': 'Replay selected',
    'deadLetter.anyStage': 'Any stage', 'deadLetter.search': 'Search record, message or field', 'deadLetter.select': 'Select',
    'deadLetters.noMatch': 'No dead letters match this filter.', 'stage.READ': 'Read', 'stage.MAP': 'Mapping',
    'stage.WRITE': 'Write', 'stage.AFTER': 'After the write',
    'intents.title': 'In-doubt writes', 'intents.empty': 'No in-doubt writes.', 'intent.key': 'Target key',
    'intent.attempts': 'Attempts', 'intent.since': 'Since',
    'sandboxes.title': 'Sandbox fault knobs',
    'sandboxes.help': 'Demo only: make a sandbox slow, failing or rate limited, and watch what the engine does.',
    'sandbox.latencyMs': 'Latency (ms)', 'sandbox.errorRate': 'Error rate (0-1)', 'sandbox.resetRate': 'Reset rate (0-1)',
    'sandbox.loseResponseRate': 'Lost response rate (0-1)', 'sandbox.apply': 'Apply', 'sandbox.clear': 'Turn all off',
    'sandbox.down': 'not answering', 'sandbox.saved': 'Saved',
    'common.loading': 'Loading…', 'common.error': 'Error', 'common.back': 'Back', 'common.never': 'never',
    'unit.s': 's', 'unit.min': 'min', 'unit.h': 'h',
    'form.cancel': 'Cancel', 'form.save': 'Save', 'form.secret': 'secret', 'form.secretKept': 'saved; leave it empty to keep it',
    'form.edit': 'Edit', 'form.delete': 'Delete', 'form.confirmDelete': 'Delete? This cannot be undone:',
    'connections.new': 'New connection', 'pipelines.new': 'New pipeline', 'form.schedule.none': 'on demand',
    'form.schedule.every': 'every', 'form.schedule.cron': 'cron', 'form.source': 'Source connection',
    'form.sourceEntity': 'Source entity', 'form.target': 'Target connection', 'form.targetEntity': 'Target entity',
    'form.scheduleValue': 'Interval or cron', 'form.scheduleHelp': 'e.g. PT5M (every 5 minutes) or 0 */5 * * * * (seconds first, UTC)',
    'form.optionsHelp': 'a JSON object; the server checks it and names the field it refuses', 'form.saved': 'Saved',
    'api.missing': 'This server does not have this section’s API.',
  },
};

const KEY = 'kopru.lang';

export function lang() {
  const chosen = localStorage.getItem(KEY);
  if (chosen === 'tr' || chosen === 'en') return chosen;
  return (navigator.language || 'en').toLowerCase().startsWith('tr') ? 'tr' : 'en';
}

export function setLang(value) {
  localStorage.setItem(KEY, value);
  document.documentElement.lang = value;
}

/** The label for key in the current language (the key itself when there is none, so a gap shows). */
export function t(key) {
  return LABELS[lang()][key] ?? LABELS.en[key] ?? key;
}

/** Fills every [data-i18n] element's text under root. */
export function translate(root = document) {
  document.documentElement.lang = lang();
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
}

export function formatNumber(n) {
  return new Intl.NumberFormat(lang() === 'tr' ? 'tr-TR' : 'en-GB').format(n ?? 0);
}

export function formatTime(iso) {
  if (!iso) return '–';
  return new Intl.DateTimeFormat(lang() === 'tr' ? 'tr-TR' : 'en-GB',
    { dateStyle: 'short', timeStyle: 'medium' }).format(new Date(iso));
}
