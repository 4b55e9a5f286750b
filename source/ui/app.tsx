import {Box, useApp, useInput, useStdout} from 'ink';
import React, {useEffect, useLayoutEffect, useMemo, useRef, useState} from 'react';
import {filterRows} from '../board/board-filter.js';
import {filterParts, headerParts, missingParts, todayParts} from '../board/header-text.js';
import {countBoard} from '../board/board-counts.js';
import {agentLoads} from '../board/agent-load.js';
import {catalog, type Catalog, type Lang} from '../i18n/catalog.js';
import type {LoadProgress} from '../ingest/log-reader.js';
import type {BoardSource} from '../live/board-source.js';
import {AGENT_PANEL_FIRST_ROW, AgentPanel, agentPanelTable, EMPTY_AGENT_TABLE, visibleAgentLines} from './agent-panel.js';
import {BadLinesOverlay} from './bad-lines-overlay.js';
import {BoardView} from './board-view.js';
import {ConversationView} from './conversation-view.js';
import {CommandPrompt, FooterBar, SearchPrompt} from './footer-bar.js';
import {completions} from './command-line.js';
import {HeaderBar} from './header-bar.js';
import {HelpOverlay} from './help-overlay.js';
import {HoursView, shopOfToday} from './hours-view.js';
import type {Mark} from '../store/records.js';
import {ModalPanel} from './modal-panel.js';
import {flaggedItems} from './flagged-items.js';
import {useConversationLines} from './use-conversation-lines.js';
import {flaggedLineIndexes} from './conversation-lines.js';
import {useRecordEffects} from './use-record-effects.js';
import {keepVisible} from './navigation.js';
import {foldInput, INITIAL_UI_STATE, reduceMouse, selectedIndexOf, type ScreenContext} from './ui-state.js';
import {parseMouse} from './mouse.js';
import {useNow} from './use-now.js';
import {PinyinMatcher} from './pinyin-matcher.js';
import {useSessionView} from './use-session-view.js';
import {useChanges} from './use-changes.js';
import type {AlertFeed} from '../alerts/alert-feed.js';
import {useTerminalSize} from './use-terminal-size.js';
import {describeStoreError} from '../store/record-store.js';
import type {Zone} from '../time/zone.js';

const NO_MARKS: ReadonlySet<Mark> = new Set();

/** `读取中 12/50 [####------] 34%`: the first read of a large backlog, file by file. */
function loadingText(progress: LoadProgress | undefined, text: Catalog): string {
	if (!progress || progress.totalBytes === 0) return text.header.loading;
	const share = progress.bytes / progress.totalBytes;
	const filled = Math.round(share * 10);
	return `${text.header.loading} ${progress.files}/${progress.totalFiles} [${'#'.repeat(filled)}${'-'.repeat(10 - filled)}] ${Math.round(share * 100)}%`;
}

export interface AppProps {
	source: BoardSource;
	clock: () => number;
	tz: Zone;
	lang: Lang;
	/** A line for the footer, such as where the demo writes its logs. */
	note?: string;
	/** The newest alert and failing robots, for the header (`watch` with the bell or `--notify`). */
	alerts?: AlertFeed;
	/** Told how the user quit before the app exits: 0 by q, 130 by Ctrl-C. */
	onQuit?: (code: number) => void;
	/** Ctrl-Z: hand the terminal back and stop until resumed (job control). */
	onSuspend?: (redraw: () => void) => void;
	/** Each agent's team, from the configuration, for `:team`. */
	teams?: ReadonlyMap<string, string>;
	/** What the configuration calls each shop, for the rows and the conversation's title. */
	shopNames?: ReadonlyMap<string, string>;
}

/** Header, body and footer; the body is the board, a conversation or the help. */
export function App({source, clock, tz, lang, note, alerts, onQuit, onSuspend, teams, shopNames}: AppProps) {
	const {exit} = useApp();
	// Writing nothing through Ink puts its last frame back whole (after a stop and `fg`).
	const {write} = useStdout();
	const text = catalog(lang);
	const {columns, rows: terminalRows} = useTerminalSize();
	const view = useSessionView(source);
	useChanges(alerts);
	const now = useNow(clock, view);
	// Today's figures recount the whole day: on a busy shop they follow new lines once a second.
	const figuresView = useSessionView(source, 1000);
	const [ui, setUi] = useState(INITIAL_UI_STATE);
	const allRows = useMemo(() => view.board(now), [view, now]);
	// The words of older messages are not held: a search also reads the logs for them, meanwhile.
	const search = ui.filter.search;
	useEffect(() => {
		if (search) source.searchWords(search);
	}, [source, search]);
	const saying = search ? view.wordsFound(search) : undefined;
	const rows = useMemo(() => filterRows(allRows, ui.filter, saying, agent => teams?.get(agent)), [allRows, ui.filter, saying, teams]);
	const teamNames = useMemo(() => [...new Set(teams?.values() ?? [])].sort(), [teams]);
	const rowKeys = useMemo(() => rows.map(row => row.key), [rows]);
	const today = useMemo(() => figuresView.today(now), [figuresView, now]);
	// Worked out only while the panel is open: it goes over every row.
	const agentTable = useMemo(() => {
		if (ui.view !== 'agents') return EMPTY_AGENT_TABLE;
		return agentPanelTable(today, allRows, id => source.clockLabel(id, lang), text, Math.max(20, columns), ui.agentsSort);
	}, [ui.view, today, allRows, source, lang, text, columns, ui.agentsSort]);
	const agentNames = useMemo(() => agentTable.agents.map(agent => agent.name), [agentTable]);
	const selectedAgent = Math.min(ui.agentsTop, Math.max(0, agentNames.length - 1));
	// New platforms in the logs add their clocks' columns.
	const boardClocks = useMemo(() => view.boardClocks(lang), [view, lang]);
	const clockLabel = (id: string) => source.clockLabel(id, lang);

	// A frame as tall as the terminal makes Ink clear the screen on every update: keep one row free.
	const frameHeight = Math.max(5, terminalRows - 1);
	const bodyHeight = frameHeight - 3;
	const pageSize = bodyHeight - 1;
	const width = Math.max(20, columns);

	const selectedIndex = selectedIndexOf(ui, rowKeys);
	// Where the board's page starts, kept from the last render: derived state, set during render as React documents.
	const [boardTop, setBoardTop] = useState(0);
	const top = keepVisible(boardTop, selectedIndex, pageSize, rows.length);
	if (top !== boardTop) setBoardTop(top);
	const openRow = ui.view === 'conversation' ? rows.find(row => row.key === ui.selectedKey) : undefined;
	const lines = useConversationLines(openRow, source, {tz, text, lang, width, now});
	const maxConversationTop = Math.max(0, lines.length - pageSize);
	const agents = useMemo(() => view.agents(), [view]);
	const marksOf = (key: string) => source.records?.of(key)?.marks ?? NO_MARKS;
	const flaggedOf = (key: string) => flaggedItems(source, key, text);
	const ownerOf = (key: string) => allRows.find(row => row.key === key)?.owner ?? '';
	// Pinyin for the agent pickers, loaded when one first opens: loading it would slow the start.
	const pinyin = useMemo(() => new PinyinMatcher(), []);
	const [, setPinyinReady] = useState(false);
	const picking = ui.modal?.kind === 'assign' || ui.modal?.kind === 'agentFilter' || ui.modal?.kind === 'command';
	useEffect(() => {
		if (picking && !pinyin.ready) void pinyin.load().then(() => setPinyinReady(true));
	}, [picking, pinyin]);
	// Each agent's load, beside the names in the pickers; counted only while one is open.
	const loads = useMemo(() => (picking ? agentLoads(allRows) : undefined), [picking, allRows]);
	const flaggedLines = useMemo(() => flaggedLineIndexes(lines), [lines]);
	// The shops for `:shop`, gathered only while the command line is open.
	const commanding = ui.modal?.kind === 'command';
	const shops = useMemo(() => (commanding ? [...new Set(allRows.map(row => row.conversation.shop))].filter(Boolean).sort() : []), [commanding, allRows]);
	const screen: ScreenContext = {
		rowKeys,
		selectedIndex,
		pageSize,
		maxConversationTop,
		agentCount: agentNames.length,
		agentNames,
		agentSortKeys: agentTable.sortKeys,
		flaggedLines,
		// Two header lines and the column titles above the board's rows.
		boardTop: top,
		boardFirstRow: 4,
		agentLines: ui.view === 'agents' ? visibleAgentLines(agentTable, selectedAgent, bodyHeight).map(line => line.index) : undefined,
		agentsFirstRow: AGENT_PANEL_FIRST_ROW,
		agents,
		shops,
		teams: teamNames,
		nameMatches: pinyin.matches,
		ownerOf,
		marksOf,
		flaggedOf,
	};
	const flash = useRecordEffects(ui, setUi, source, text, tz, ownerOf);

	// A key can arrive before React has re-registered this handler after the last render, so
	// the handler reads the latest screen through a ref and folds keys into the latest state.
	const screenRef = useRef(screen);
	useLayoutEffect(() => {
		screenRef.current = screen;
	});
	useInput((input, key) => {
		const mouse = parseMouse(input);
		if (mouse) setUi(previous => reduceMouse(previous, mouse, screenRef.current));
		else if (key.ctrl && input === 'z') onSuspend?.(() => write(''));
		else setUi(previous => foldInput(previous, input, key, screenRef.current));
	});
	useEffect(() => {
		if (!ui.quit) return;
		onQuit?.(ui.interrupted ? 130 : 0);
		exit();
	}, [ui.quit, ui.interrupted, onQuit, exit]);

	const counts = useMemo(() => countBoard(allRows, now), [allRows, now]);
	const parts = headerParts(counts, now, tz, text, source.badLines.length);
	parts.push(...filterParts(ui.filter, text), ...missingParts(source.missingPaths, text));
	if (ui.filter.search && !saying) parts.push({text: text.header.searchingLogs, tone: 'muted', dropOrder: 1});
	if (alerts) parts.push(...alerts.parts(text));
	const recordsProblem = source.records?.problem;
	if (recordsProblem) parts.push({text: `!! ${describeStoreError(recordsProblem, text) ?? recordsProblem.message}`, tone: 'breached', dropOrder: -1});
	return (
		<Box flexDirection="column" width={width} height={frameHeight}>
			<HeaderBar parts={source.isLoaded ? parts : [...parts, {text: loadingText(source.loadProgress, text), tone: 'muted', dropOrder: 1}]} width={width} />
			<HeaderBar parts={todayParts(today, clockLabel, text)} width={width} />
			{ui.modal && ui.modal.kind !== 'search' && ui.modal.kind !== 'command' ? (
				<ModalPanel
					modal={ui.modal}
					conv={source.book.get(ui.modal.key)?.conv ?? ''}
					agents={agents}
					owner={ownerOf(ui.modal.key)}
					nameMatches={pinyin.matches}
					loads={loads}
					marks={marksOf(ui.modal.key)}
					markRecords={source.records?.of(ui.modal.key)?.markRecords}
					tz={tz}
					flagged={flaggedOf(ui.modal.key)}
					text={text}
					height={bodyHeight}
					width={width}
				/>
			) : ui.overlay === 'help' ? (
				<HelpOverlay text={text} height={bodyHeight} width={width} note={note} />
			) : ui.overlay === 'hours' ? (
				<HoursView shop={shopOfToday(today.shops, (openRow ?? rows[selectedIndex])?.conversation)} clockLabel={clockLabel} text={text} height={bodyHeight} width={width} />
			) : ui.overlay === 'badLines' ? (
				<BadLinesOverlay badLines={source.badLines} text={text} height={bodyHeight} width={width} />
			) : ui.view === 'agents' ? (
				<AgentPanel table={agentTable} selected={selectedAgent} sort={ui.agentsSort} height={bodyHeight} width={width} text={text} />
			) : ui.view === 'conversation' ? (
				<ConversationView row={openRow} lines={lines} top={Math.min(ui.conversationTop, maxConversationTop)} height={bodyHeight} width={width} text={text} lang={lang} shopNames={shopNames} />
			) : (
				<BoardView rows={rows} selectedIndex={selectedIndex} top={top} height={bodyHeight} width={width} look={{text, lang, tz, clocks: boardClocks, now, shopNames}} filtered={rows !== allRows} />
			)}
			{ui.modal?.kind === 'command' ? (
				<CommandPrompt
					text={ui.modal.text}
					error={ui.modal.error}
					choices={completions(ui.modal.text, {agents, shops, teams: teamNames, nameMatches: pinyin.matches})}
					catalog={text}
					width={width}
					loads={loads}
				/>
			) : ui.modal?.kind === 'search' ? (
				// The search is typed under the board, which filters as it goes: how many match, at once.
				<SearchPrompt query={ui.modal.text} matches={rows.length} searching={Boolean(ui.filter.search && !saying)} text={text} width={width} />
			) : (
				<FooterBar view={ui.view} text={text} width={width} note={note} flash={flash} />
			)}
		</Box>
	);
}
