import {
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { dirname, join, resolve } from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { setFlagsFromString } from 'v8';
import {
  checkPosting,
  failedCheck,
  isPostingDocument,
  isRecord,
  localizeProblems,
  relatedFileProblems,
  relatedFiles,
  type Problem,
  type RelatedNames,
} from './engine';
import { CheckPool } from './lsp/checkPool';
import { compactTexts, editedDocuments } from './lsp/editedDocument';
import { SideWorker } from './lsp/sideWorker';
import { workerSemiSpaceMb } from './launch';
import { findConfigFile, useConfigTextLoader } from './node/configFiles';
import { readRelatedFiles, TranslationIndex } from './node/relatedFiles';
import { readRegularFile } from './node/readFile';
import { registerAuthoring } from './lsp/authoring';
import { registerImport } from './lsp/import';
import { registerPostingInfo } from './lsp/info';
import { toDiagnostic } from './lsp/convert';
import { registerRender } from './lsp/render';
import {
  configFileGlob,
  configFileProblems,
  isConfigFileUri,
  pathOfFileUri,
  unreadableConfigProblem,
  withProjectConfig,
} from './lsp/projectConfig';
import { registerCompare } from './lsp/compare';
import { CheckScheduler } from './lsp/scheduler';
import { toServerSettings, type ServerSettings } from './lsp/settings';
import { setClientLocale, withClientLocale } from './lsp/locale';
import { registerWordingLens } from './lsp/wordingLens';
import { registerWorkspaceCheck } from './lsp/workspaceCheck';
import { requestType } from './lsp/requestType';
import { pidRequest } from './protocol';

// The connection picks its transport from the command line: --stdio, --node-ipc or --socket=N.
const connection = createConnection(ProposedFeatures.all);
// Open documents apply the editor's changes as an edit of a base text: a key costs what was typed, not a copy of the
// whole text, and a check sends the worker that edit alone (lsp/editedDocument.ts, lsp/checkPool.ts).
const documents = new TextDocuments(editedDocuments);

let canPullConfiguration = false;
let canWatchFiles = false;
let canFollowFolders = false;
let initialSettings: ServerSettings = toServerSettings(undefined);
const settingsByUri = new Map<string, Promise<ServerSettings>>();

let initialFolders: readonly { uri: string }[] = [];

/** Whether a workspace folder has a config of its own, found as a posting's is (a regular file, in it or above it). */
async function hasProjectConfig(folders: readonly { uri: string }[]): Promise<boolean> {
  const roots = folders.filter((folder) => folder.uri.startsWith('file:')).map((folder) => fileURLToPath(folder.uri));
  return (await Promise.all(roots.map(findConfigFile))).some(Boolean);
}

connection.onInitialize((params): InitializeResult => {
  canPullConfiguration = !!params.capabilities.workspace?.configuration;
  setClientLocale(params.locale);
  canWatchFiles = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  initialSettings = toServerSettings(isRecord(params.initializationOptions) ? params.initializationOptions.settings : undefined);
  canFollowFolders = !!params.capabilities.workspace?.workspaceFolders;
  initialFolders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri }] : []);
  workspace.setFolders(initialFolders);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      ...authoringCapabilities,
      ...wordingLensCapabilities,
    },
    serverInfo: { name: 'posting-language-server', version: '0.1.0' },
  };
});

// The workers' young generation (launch.ts): the process flag sized this thread's; V8 reads it again for each worker.
setFlagsFromString(`--max-semi-space-size=${workerSemiSpaceMb}`);
// Checks run in a worker thread (dist/checkWorker.js, next to this bundle) under the checkTimeout budget; a second one
// starts only beside a long check (see CheckPool).
// When idle, the texts of open documents are kept compact until read again (EditedDocument.compact).
const checks = new CheckPool(join(__dirname, 'checkWorker.js'), {
  beforeCollectingThisThread: () => compactTexts(documents.all()),
});
// .postingrc.yaml texts and the catalogues they name are parsed in a worker of their own (a 500 KB framework takes
// seconds to parse; hover and the other documents are answered meanwhile); the outline, folding and lenses of a large
// document in another, so that neither waits behind the other.
// Each ends after 30 s without a job and starts again with the next (POSTING_SIDE_IDLE_MS shortens that for tests).
const sideIdleMs = Number(process.env.POSTING_SIDE_IDLE_MS) || 30_000;
const configs = new SideWorker(join(__dirname, 'checkWorker.js'), 30_000, sideIdleMs);
useConfigTextLoader((text, file, maxFileSize, locale) => configs.run({ kind: 'config', text, file, maxFileSize, locale }));
const largeDocuments = new SideWorker(join(__dirname, 'checkWorker.js'), 10_000, sideIdleMs);

connection.onInitialized(() => {
  checks.warmUp();
  // In a project with a .postingrc.yaml (in or above a workspace folder), the config worker starts now and warms its YAML parser and
  // validators: the first posting then waits for its config and catalogues to be parsed, not for a worker to start and
  // V8 to compile the parser. Elsewhere the worker would only hold memory (about 28 MB) until it retires.
  void hasProjectConfig(initialFolders)
    .then((found) => (found ? configs.warmUp() : undefined))
    .catch(() => undefined);
  if (canPullConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'postingStudio' });
  }
  if (canWatchFiles) {
    // Every YAML file, not only the include globs: a .postingrc.yaml can change which files are postings.
    const watchers = [{ globPattern: configFileGlob }, { globPattern: '**/*.{yaml,yml}' }];
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
  }
  if (canFollowFolders) {
    connection.workspace.onDidChangeWorkspaceFolders(() => {
      void connection.workspace.getWorkspaceFolders().then((folders) => {
        workspace.setFolders(folders);
        translations.reset();
        if (workspace.check.isEnabled) void workspace.check.checkAll();
      });
    });
  }
  void followWorkspaceSetting();
});

connection.onDidChangeWatchedFiles(({ changes }) => {
  if (changes.some((change) => isConfigFileUri(change.uri))) {
    // A saved .postingrc.yaml changes the settings of every posting below it.
    projectSettingsByUri.clear();
    postingInfo.forgetAll();
    for (const document of documents.all()) scheduler.schedule(document.uri);
    if (workspace.check.isEnabled) void workspace.check.checkAll();
    translations.reset();
    return;
  }
  for (const change of changes) {
    if (change.uri.startsWith('file:') && !documents.get(change.uri)) {
      // The postings it translates or that translate it compare against this file: they are checked again too.
      const path = fileURLToPath(change.uri);
      const target = translations.knownTarget(path);
      recheckPostings([...translations.knownTranslationsOf(path), ...(target ? [target] : [])]);
      if (change.type === FileChangeType.Deleted) translations.deleted(path);
      else void translations.refresh(path).then((now) => now && now !== target && recheckPostings([now]));
    }
    if (change.type === FileChangeType.Deleted) workspace.check.fileDeleted(change.uri);
    else workspace.check.fileChanged(change.uri);
  }
});

/** The `postingStudio.checkWorkspace` setting, read for the workspace as a whole. */
async function followWorkspaceSetting(): Promise<void> {
  workspace.check.setEnabled((await workspaceSettings()).checkWorkspace);
}

function workspaceSettings(): Promise<ServerSettings> {
  if (!canPullConfiguration) return Promise.resolve(initialSettings);
  return connection.workspace
    .getConfiguration({ section: 'postingStudio' })
    .then((value: unknown) => toServerSettings(value))
    .catch(() => initialSettings);
}

connection.onDidChangeConfiguration((change) => {
  settingsByUri.clear();
  projectSettingsByUri.clear();
  postingInfo.forgetAll();
  if (!canPullConfiguration) {
    initialSettings = toServerSettings(isRecord(change.settings) ? change.settings.postingStudio : undefined);
  }
  for (const document of documents.all()) scheduler.schedule(document.uri);
  void followWorkspaceSetting();
});

/**
 * Settings for a document: the editor's, with the nearest .postingrc.yaml on top. Finding that file stats each folder
 * up to the root, so a document's settings are kept for projectSettingsMs: the keys of a burst share one lookup. A
 * change of a .postingrc file the editor reports, or of the editor's settings, forgets them at once.
 */
function settingsFor(uri: string): Promise<ServerSettings> {
  const now = Date.now();
  const kept = projectSettingsByUri.get(uri);
  if (kept && now - kept.at < projectSettingsMs) return kept.settings;
  const settings = editorSettingsFor(uri).then((editor) => withProjectConfig(uri, withClientLocale(editor)));
  projectSettingsByUri.set(uri, { settings, at: now });
  return settings;
}

const projectSettingsMs = 1000;
const projectSettingsByUri = new Map<string, { settings: Promise<ServerSettings>; at: number }>();

function editorSettingsFor(uri: string): Promise<ServerSettings> {
  if (!canPullConfiguration) return Promise.resolve(initialSettings);
  let settings = settingsByUri.get(uri);
  if (!settings) {
    settings = connection.workspace
      .getConfiguration({ scopeUri: uri, section: 'postingStudio' })
      .then((value: unknown) => toServerSettings(value))
      .catch(() => initialSettings);
    settingsByUri.set(uri, settings);
  }
  return settings;
}

async function publishProblems(uri: string): Promise<void> {
  const settings = await settingsFor(uri);
  const document = documents.get(uri);
  if (!document) return;
  // Joined lazily: while an author types in a posting nothing on this thread reads it (the worker is sent the edit).
  const text = document.getText();
  const version = document.version;
  // Closed (or closed and opened again as a new document) while this ran: its results would be stale.
  const current = () => documents.get(uri) === document && document.version === version;
  const configProblems = await configFileProblems(uri, text, settings.engine.limits.maxFileSize, settings.engine.locale);
  if (configProblems) {
    if (!current()) return;
    await connection.sendDiagnostics({
      uri,
      version: document.version,
      // In the reader's language, as a posting's problems are.
      diagnostics: localizeProblems(configProblems, settings.engine.locale).map((problem) => toDiagnostic(problem)),
    });
    return;
  }
  if (!isPostingDocument(uri, text, settings.includeGlobs)) {
    await connection.sendDiagnostics({ uri, diagnostics: [] });
    return;
  }
  const result = await checks.check(uri, { baseEdit: document.baseEdit(), text: () => text }, settings.engine, settings.checkTimeoutMs);
  // No result: a newer text of the document replaced this one in the queue; a newer version: its check is scheduled.
  if (!result || !current()) return;
  // based_on: / translation_of: name files beside this one, and other postings may name this one: their differences are
  // diagnostics here too. The names come from the worker's parse; the postings they name compare against this buffer,
  // so they are checked again too (the target named before this text included).
  const previousTarget = uri.startsWith('file:') ? translations.knownTarget(pathOfFileUri(uri)) : undefined;
  const related = await relatedProblems(uri, text, settings, result.related);
  if (!current()) return; // a newer edit is already scheduled, or the document was closed
  // Only after an edit (or an open): a check that others' checks started must not start theirs again.
  if (edited.delete(uri)) recheckRelated(uri, result.related, previousTarget);
  const unreadable = unreadableConfigProblem(uri, text, settings);
  const problems = [...(unreadable ? [unreadable] : []), ...result.problems, ...related];
  postingInfo.checked(uri, version, { ...result, problems });
  await connection.sendDiagnostics({ uri, version, diagnostics: problems.map((problem) => toDiagnostic(problem, uri)) });
}

const scheduler = new CheckScheduler((uri) =>
  publishProblems(uri).catch((error: unknown) => {
    connection.console.error(`Checking ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    // One clear diagnostic instead of silence: the diagnostics of an older text must not stay on screen.
    const document = documents.get(uri);
    if (!document) return;
    const { problems } = failedCheck(document.getText(), error, initialSettings.engine);
    void connection.sendDiagnostics({ uri, version: document.version, diagnostics: problems.map((problem) => toDiagnostic(problem, uri)) });
  }),
);

/** A file's text: the open buffer, else the file on disk (read safely), else undefined. */
function bufferOf(path: string): string | undefined {
  return documents.get(pathToFileURL(path).toString())?.getText();
}

/** The size limit for reading other postings: that of the posting last checked (no settings request per file). */
let relatedReadLimit = initialSettings.engine.limits.maxFileSize;

// Which postings name which in translation_of:, over the workspace's postings (read once, then kept current).
const translations = new TranslationIndex(
  async () => (await workspace.findFiles()).uris.map((uri) => fileURLToPath(uri)),
  async (path) => {
    const open = bufferOf(path);
    if (open !== undefined) return open;
    const read = await readRegularFile(path, relatedReadLimit, { checkCharacters: false });
    return 'failure' in read ? undefined : read.text;
  },
);

/**
 * The problems from a posting's related files: the job description in based_on:, the version in translation_of:, and
 * the postings that name this one in their translation_of: (open in the editor or not).
 */
async function relatedProblems(uri: string, text: string, settings: ServerSettings, names?: RelatedNames): Promise<Problem[]> {
  if (!uri.startsWith('file:')) return [];
  const path = pathOfFileUri(uri);
  relatedReadLimit = settings.engine.limits.maxFileSize;
  // The names from the check's own parse when the caller has them; else from the text (parsed only if it names one).
  const known = names ?? relatedFiles(text);
  translations.setTarget(path, known.translationOf ? resolve(dirname(path), known.translationOf) : undefined);
  const related = await readRelatedFiles(path, known, settings.engine.limits.maxFileSize, {
    bufferOf,
    translatedBy: await translations.translationsOf(path),
  });
  return relatedFileProblems(text, related, settings.engine);
}

/**
 * After a check of an edited posting: the postings it names (based_on:, translation_of:, before and after this edit,
 * from the check's own parse) and those that name it in their translation_of: compare against this buffer, so they
 * are checked again too. Nothing is parsed here: a keystroke costs this thread no parse of its own.
 */
function recheckRelated(uri: string, names: RelatedNames, previous: string | undefined): void {
  if (!uri.startsWith('file:')) return;
  const path = pathOfFileUri(uri);
  const named = (name: string | undefined) => (name ? [resolve(dirname(path), name)] : []);
  const others = [
    ...translations.knownTranslationsOf(path),
    ...named(names.translationOf),
    ...named(names.basedOn),
    ...(previous ? [previous] : []),
  ];
  recheckPostings([...new Set(others)].filter((other) => other !== path));
}

/** Checks these postings again: an open one in the editor, any other in the workspace check. */
function recheckPostings(paths: readonly string[]): void {
  for (const path of paths) {
    const uri = pathToFileURL(path).toString();
    if (documents.get(uri)) scheduler.schedule(uri);
    else workspace.check.fileChanged(uri);
  }
}

/** Documents opened or edited since their last check: that check rechecks the postings related to them. */
const edited = new Set<string>();

documents.onDidChangeContent((event) => {
  edited.add(event.document.uri);
  scheduler.schedule(event.document.uri);
});
documents.onDidOpen((event) => workspace.check.documentOpened(event.document.uri));
documents.onDidClose((event) => {
  scheduler.cancel(event.document.uri);
  edited.delete(event.document.uri);
  settingsByUri.delete(event.document.uri);
  projectSettingsByUri.delete(event.document.uri);
  postingInfo.forget(event.document.uri);
  // With the workspace check on, a closed posting keeps its problems (those of the file on disk).
  if (!workspace.check.documentClosed(event.document.uri)) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});
const workspace = registerWorkspaceCheck({
  connection,
  documents,
  settingsFor,
  workspaceSettings,
  isBusy: () => scheduler.hasPending,
  checkText: (uri, text, settings) => checks.check(`workspace:${uri}`, text, settings.engine, settings.checkTimeoutMs),
  relatedProblems: (uri, text, settings) => relatedProblems(uri, text, settings),
});

const authoringCapabilities = registerAuthoring(connection, documents, settingsFor, largeDocuments);
const wordingLensCapabilities = registerWordingLens(connection, documents, settingsFor, largeDocuments);
const postingInfo = registerPostingInfo(connection, documents, settingsFor, (uri, text, settings) =>
  checks.check(`info:${uri}`, text, settings.engine, settings.checkTimeoutMs),
);

// An export's placeholder warnings come from the check already published for the same version (no second check on
// this thread); a version not yet checked is checked in the pool like any other.
registerRender(
  connection,
  documents,
  settingsFor,
  async (uri, version, text, settings) =>
    postingInfo.problems(uri, version) ??
    (await checks.check(`render:${uri}`, text, settings.engine, settings.checkTimeoutMs))?.problems ??
    checkPosting(text, settings.engine).problems,
  (uri, text, settings) => relatedProblems(uri, text, settings),
);
registerCompare(connection, documents, settingsFor, {
  findFiles: () => workspace.findFiles(),
  translationsOf: (path) => translations.translationsOf(path),
});
registerImport(connection);
// The server's process id: the crash-recovery test kills this process and watches the client restart it.
connection.onRequest(requestType(pidRequest), () => process.pid);
documents.listen(connection);
connection.listen();
