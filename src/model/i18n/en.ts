/**
 * The interface's English strings: the default language and the reference key set. Every key here
 * must exist in ar.ts (its type is {@link Messages}, so a missing translation fails the type check).
 * Strings that take values are functions; numbers and dates reach them already formatted.
 */
import type { ControllerId } from '../controllers.ts';
import type { ForceId } from '../force-kinds.ts';

export const en = {
  appTitle: 'Iraq & Syria 2014–2026',
  appSubtitle: 'ISIS territory, who took it back, and US and other foreign forces — day by day, with sources.',
  exportOpen: 'Export…',
  panelShow: 'Legend & layers',
  panelHide: 'Hide legend',
  panelLabel: 'Map information',
  resetView: 'Reset view',
  dismiss: 'Dismiss',
  language: 'العربية',
  languageTitle: 'عرض الأطلس بالعربية',

  // Legend
  legendHeading: 'Who held the ground',
  legendLabel: 'Legend: who held the ground',
  legendForce: 'Force',
  legendAreaTitle: 'Area held and dominated, km²',
  km2: 'km²',
  syria: 'Syria',
  iraq: 'Iraq',
  shareOfSyria: 'Share of Syria’s land',
  shareOfIraq: 'Share of Iraq’s land',
  legendNote:
    'Solid: held — towns, villages, farmland, valleys and the roads between them. Light: dominated — open desert and steppe that no settlement stands for, counted with the force holding the nearest places over the land, as published control maps count it. Dots mark control the sources disagree on. Shares are of each country’s whole land, held and dominated together; every place carries its sources (click the map).',
  legendNoteTouch:
    'Solid: held — towns, villages, farmland, valleys and the roads between them. Light: dominated — open desert and steppe that no settlement stands for, counted with the force holding the nearest places over the land, as published control maps count it. Dots mark control the sources disagree on. Shares are of each country’s whole land, held and dominated together; every place carries its sources (tap the map).',
  controllers: {
    isis: { label: 'Islamic State (ISIS)', short: 'ISIS' },
    iraq_gov: { label: 'Iraqi government (incl. PMF)', short: 'Iraq' },
    krg: { label: 'Kurdistan Region (Peshmerga)', short: 'KRG' },
    syria_gov: { label: 'Syrian government (Assad, to Dec 2024)', short: 'Assad govt' },
    syria_interim: { label: 'Syrian government (from Dec 2024)', short: 'Syria (new)' },
    sdf: { label: 'SDF / YPG', short: 'SDF' },
    tfsa: { label: 'Turkey and Turkish-backed forces', short: 'Turkey/SNA' },
    opposition: { label: 'Syrian armed opposition (other than HTS)', short: 'Opposition' },
    hts: { label: 'Hayat Tahrir al-Sham (HTS, earlier al-Nusra)', short: 'HTS' },
    contested: { label: 'Contested or divided', short: 'Contested' },
  } satisfies Record<ControllerId, { label: string; short: string }>,

  // Layers
  layersHeading: 'Layers',
  layers: {
    territory: 'Territory',
    fronts: 'Front lines',
    events: 'Events',
    labels: 'Place names',
  },
  forces: {
    us: { label: 'US/coalition sites', presentAs: 'US/coalition forces' },
    russia: { label: 'Russia', presentAs: 'Russian forces' },
    turkey: { label: 'Turkey', presentAs: 'Turkish forces' },
    iran: { label: 'Iran and partner militias', presentAs: 'Iran’s IRGC or the militias it backs' },
    israel: { label: 'Israel', presentAs: 'Israeli forces' },
    coalition_partner: { label: 'Coalition partners', presentAs: 'coalition partner forces' },
  } satisfies Record<ForceId, { label: string; presentAs: string }>,

  // Forces panels
  usForcesHeading: 'US forces',
  usForcesLabel: 'US forces on this date',
  troopKinds: { reported: 'reported', estimated: 'estimate', authorized: 'authorised cap', planned: 'planned' },
  asOf: (kindWord: string, day: string) => `${kindWord}, as of ${day}`,
  cap: (n: string) => `cap ${n}`,
  plannedBy: (n: string, day: string) => `planned: ${n} by ${day}`,
  plannedAnnounced: (n: string, day: string) => `planned: ${n} (announced ${day})`,
  noUsTroops: 'no US troops reported deployed',
  usSites: (n: string, one: boolean) => `${n} site${one ? '' : 's'} with US or coalition presence.`,
  hoverForSource: 'Hover a figure for its source.',
  tapForSource: 'Tap a figure for its source.',
  transitionPlan: '2024 transition plan:',
  foreignHeading: 'Other foreign forces',
  foreignLabel: 'Other foreign forces on this date',
  siteCount: (n: string, one: boolean) => `${n} site${one ? '' : 's'}`,
  nationIn: (nation: string, country: string) => `${nation} in ${country}`,
  foreignNote:
    'Troop figures appear only where a source reports one (hover for the source); sites count those with a presence on this date.',
  foreignNoteTouch:
    'Troop figures appear only where a source reports one (tap for the source); sites count those with a presence on this date.',

  // Events and changes
  eventsIn: (month: string) => `Events in ${month}`,
  noEvents: 'No key event recorded this month.',
  goToEvent: (day: string) => `Go to ${day} and show the event`,
  goTo: (day: string) => `Go to ${day}`,
  changesIn: (month: string) => `Changed hands in ${month}`,
  changesLabel: (month: string) => `Changes of control in ${month}`,
  noChanges: 'No recorded change of control this month.',
  uncertain: '(uncertain)',
  andMore: (n: string) => `… and ${n} more`,

  // Search
  findPlace: 'Find a place',
  findPlaceHint: 'Find a place (English or Arabic)',
  go: 'Go',
  noSuchPlace: (q: string) => `No place called “${q}” in the atlas.`,

  // Time slider
  dateGroup: 'Date',
  play: 'Play through time',
  pause: 'Pause',
  playbackSpeed: 'Playback speed',
  speeds: ['1 step/s', '3 steps/s', '8 steps/s'],
  loop: 'Loop',
  dailySteps: 'Daily steps',
  dailyStepsTitle: 'Step by day instead of by month',
  shares: 'Shares',
  sharesChart: 'Shares chart',
  sharesTitle: 'Each force’s share of the country: the atlas’s and the published figures',
  off: 'off',
  reducedMotion: 'Reduced motion: slow playback',
  previousStep: { month: 'Previous month', day: 'Previous day' },
  nextStep: { month: 'Next month', day: 'Next day' },
  trackIsis: 'ISIS-held area',
  trackUsIraq: 'US troops, Iraq',
  trackSyria: 'Syria',
  trackPlan: '2024 transition plan',
  trackMilestone: 'milestone',
  trackEvent: 'event',
  trackPeople: 'people under ISIS',
  trackRange: 'range where sources differ',
  trackCap: 'authorised cap',
  trackCombined: 'US and coalition together',
  usAndCoalition: (figure: string, day: string) => `US and coalition together: ${figure}, as of ${day}`,
  sharesHeading: (country: string) => `Share of ${country}’s land: atlas (lines) and published figures (points)`,
  sharesGroups: {
    syrianGov: 'Syrian government',
    isis: 'ISIS',
    sdf: 'SDF',
    oppositionTurkey: 'Opposition, HTS and Turkish-backed',
    iraqiGov: 'Iraqi government',
    krg: 'Kurdistan Region',
  } as Record<string, string>,
  announce: (day: string, km2: string, n: string, one: boolean) =>
    `${day}. ISIS holds about ${km2} square kilometres. ${n} place${one ? '' : 's'} changed hands this month.`,

  // Popups
  outside: 'Outside Iraq and Syria: the atlas does not map this spot.',
  openGround:
    'Open ground (dominated, held less firmly). No settlement stands for it; the atlas counts it with the nearest place over the land:',
  placeKinds: {
    city: 'city',
    town: 'town',
    village: 'village',
    site: 'site',
    desert: 'desert',
    border_crossing: 'border crossing',
    military_base: 'military base',
    oilfield: 'oilfield',
    dam: 'dam',
  } as Record<string, string>,
  heldOn: (day: string) => `on ${day}`,
  since: (day: string) => `since ${day}`,
  precision: { week: 'within a week', month: 'month only', year: 'year only', day: '' } as Record<string, string>,
  sourcesDisagree: 'sources disagree',
  noRecord: 'No record for this date.',
  history: (n: string) => `History to this date (${n} periods)`,
  sources: 'Sources',
  noDate: 'n.d.',
  mapDrawing: 'Drawing the map…',
  loadingSources: 'Loading sources…',
  present: 'present',
  handedOver: (when: string) => `Handed over ${when}`,
  struck: (when: string) => `Struck ${when}`,
  presentFromTo: (from: string, to: string) => `Present from ${from} to ${to}`,
  reducedFromTo: (from: string, to: string) => `Reduced presence from ${from} to ${to}`,
  stateActive: (who: string) => `${who} present`,
  stateReduced: (who: string) => `${who}: presence reduced`,
  stateClosed: (who: string) => `${who} had left or handed it over`,
  stateNone: (who: string) => `No presence of ${who} reported`,
  datesUncertain: '(dates uncertain)',

  // Data currency
  asOfTitle: 'The newest day the reporting in the atlas covers; later dates repeat the last known state',
  noDataHeading: 'No data yet for this date.',
  staleText: (day: string, asOf: string, checked: string) =>
    `${day} is after the newest report in the atlas (${asOf}; sources searched on ${checked}): the map shows the last known state, not news of that day.`,
  noDataAfter: (day: string) => `No data after ${day}`,
  afterTheData: (day: string) => `${day}, after the data`,
  touchHint: 'Tap the map, a site or an event for what it is and its sources.',

  // Change stepping and people
  changesToStep: 'Changes to step through',
  changeScopeTitle: 'Which changes of control the change buttons, the [ ] keys and change-to-change play step through',
  changeScopes: { all: 'anywhere', view: 'in view' } as Record<string, string>,
  playLabel: 'Play',
  playHow: 'How play moves through time',
  playModes: { steps: 'by step', speed: 'by speed', changes: 'change to change' } as Record<string, string>,
  peopleHeading: 'People under each force',
  peopleLabel: 'People under each force on this date',
  people: 'People',
  noRecordRow: 'no record',

  // Export dialog
  exportHeading: 'Export the map',
  exportWhat: 'What',
  exportImageOf: (day: string) => `Image of ${day}`,
  exportAnimation: 'Animation over a date range',
  exportSize: 'Size',
  sizePresets: {
    view: 'Current view',
    hd: '1920 × 1080 (Full HD)',
    uhd: '3840 × 2160 (4K)',
    a4: 'A4 landscape, 300 dpi (3508 × 2480)',
    custom: 'Custom',
  } as Record<string, string>,
  widthPx: 'Width (px)',
  heightPx: 'Height (px)',
  exportFormat: 'Format',
  pngWithMetadata: 'PNG (with source metadata)',
  animatedGif: 'Animated GIF',
  webmVideo: 'WebM video',
  from: 'From',
  to: 'To',
  step: 'Step',
  stepOptions: { '1m': '1 month', '1w': '1 week', nd: 'N days' } as Record<string, string>,
  daysPerStep: 'Days per step',
  framesPerSecond: 'Frames per second',
  useLargest: 'Use the largest that works',
  framesSummary: (frames: string, seconds: string) => `${frames} frames, ${seconds} s.`,
  drawOnMap: 'Draw on the map',
  furniture: {
    title: 'Title',
    date: 'Date in words',
    legend: 'Legend',
    scaleBar: 'Scale bar',
    northArrow: 'North arrow',
    source: 'Source line',
    attribution: 'Attribution',
    permalink: 'Permalink',
    legendOutside: 'Legend beside the map',
  } as Record<string, string>,
  titleLabel: 'Title',
  exportProgress: 'Export progress',
  progressOf: (done: string, total: string, tiles: boolean) => `${done} of ${total} ${tiles ? 'tiles' : 'frames'}`,
  progressShort: (done: string, total: string, tiles: boolean) => `${done} / ${total} ${tiles ? 'tiles' : 'frames'}`,
  rendering: 'Rendering…',
  renderingFrames: 'Rendering frames…',
  writingFile: 'Writing the file…',
  saved: (name: string, kb: string) => `Saved ${name} (${kb} KB).`,
  cancelled: 'Export cancelled.',
  cancelExport: 'Cancel export',
  exportButton: 'Export',
  close: 'Close',

  // Export furniture
  exportTitleRegion: 'Iraq and Syria: who held the ground',
  exportTitlePlace: (place: string) => `${place}: who held the ground`,
  situationOn: (day: string) => `Situation on ${day}`,
  dataAsOf: (day: string) => `Data as of ${day}`,
  asOfStaleNote: ' (later dates repeat the last known state)',
  sourceLine:
    'Sources: the atlas’s compilation of cited reports; every area, site and event lists its sources at the permalink.',
  sourceLineNoLink:
    'Sources: the atlas’s compilation of cited reports; every area, site and event lists its sources in the atlas (no public address was set for this image).',
  attribution: 'Basemap: Natural Earth; © OpenStreetMap contributors (ODbL). Atlas data CC BY 4.0.',
  legendDominated: 'Lighter shade: open ground held less firmly',
  legendFront: 'Front line',
  legendUsSite: 'US/coalition site',
  legendUsReduced: 'US/coalition site, reduced',
  legendHandedOver: 'Site recently handed over',
  legendForceSite: (force: string) => `${force} site`,
  legendEvent: 'Event',
  timelineIntro: (place: string, n: string, one: boolean, touch: boolean) =>
    `Who held ${place}, 2014–2026 (${n} period${one ? '' : 's'}): ${touch ? 'tap' : 'click'} a period to go to its first day.`,
  timelineSegment: (who: string, from: string, until: string) => `${who}, ${from} to ${until}`,
  timelinePrecision: { week: ' (to the week)', month: ' (to the month)', year: ' (to the year)' } as Record<
    string,
    string
  >,
  timelineSources: (list: string) => `. Sources: ${list}`,
  changeStepGroup: 'Step from change to change',
  changeNone: (next: boolean) => `${next ? 'Next' : 'Previous'} change: none ${next ? 'after' : 'before'} this date`,
  changeAt: (next: boolean, day: string, n: string, one: boolean) =>
    `${next ? 'Next' : 'Previous'} change: ${day} (${n} place${one ? '' : 's'} changed hands)`,
  withKey: (label: string, key: string) => `${label} — key ${key}`,
  changeBack: '« change',
  changeOn: 'change »',
  speed: {
    year: '1 year/s',
    months: (n: string) => `${n} months/s`,
    weeks: (n: string) => `${n} weeks/s`,
    days: (n: string, one: boolean) => `${n} day${one ? '' : 's'}/s`,
  },
  north: 'N',

  // Compare mode (CompareControl, ComparePanel, CompareLabels)
  compareGroup: 'Compare two dates',
  compareStart: 'Compare…',
  compareStop: 'Stop comparing',
  compareWith: 'Compare with',
  compareShowAs: 'Show the two dates as',
  compareLayouts: { split: 'Two maps', change: 'Changes' } as Record<string, string>,
  swap: 'Swap',
  swapTitle: 'Swap the two dates',
  comparePanelLabel: 'What changed between the two dates',
  compared: 'Compared',
  compareKm2Caption: 'Ground gained and lost by each force, km²',
  gainedKm2: 'gained km²',
  lostKm2: 'lost km²',
  compareShareCaption: 'Share of each country’s land, percent',
  shareGainedTitle: (country: string) => `Percent of ${country}’s land gained`,
  shareLostTitle: (country: string) => `Percent of ${country}’s land lost`,
  compareNet: (list: string) => `Net: ${list}.`,
  compareNoNet: 'no change',
  compareHow: (day: string) =>
    `Ground is compared as it stood on each day; places are every change of control dated after ${day}.`,
  changedHands: (n: string) => `Changed hands (${n})`,
  showDay: (day: string) => `Show ${day}`,
  compareMore: (n: string) => `… and ${n} more. All of them:`,
  compareMoreCsv: 'or the CSV of each date.',
  compareSpan: (from: string, to: string) => `From ${from} to ${to}`,
  compareMove: (who: string, gained: boolean, km2: string) => `${who} ${gained ? 'gained' : 'lost'} ${km2} km² net`,
  compareSentence: (span: string, moves: string, n: string, one: boolean) =>
    `${span}: ${moves}; ${n} change${one ? '' : 's'} of control.`,
  compareNothing: (span: string) => `${span}: no ground changed hands.`,
  listSep: '; ',
  compareLine: (who: string, gained: string, lost: string, net: string) =>
    `${who}: +${gained} / −${lost} km² (net ${net})`,
  compareTitle: (a: string, b: string) => `Iraq and Syria: who held the ground, ${a} and ${b}`,
  comparePerForce: 'Ground gained / lost per force:',
  compareChangeBadge: (from: string, to: string) =>
    `Changes from ${from} to ${to}: hatched and outlined in the colour of the force that gained the ground`,
  leftMap: 'Left map: ',
  rightMap: 'Right map: ',
  swipeLabel: (a: string, b: string) => `Swipe between ${a} (left) and ${b} (right)`,
  swipeValue: (share: string, a: string) => `${share} shows ${a}`,

  // Data tools (DataTools)
  dataToolsLabel: 'Data, citation and embedding',
  dataToolsHeading: 'Data & citation',
  territoryFile: 'Territory (GeoJSON)',
  placesFile: 'Places (CSV)',
  citeOpen: 'Cite this map',
  embedOpen: 'Embed',
  filesOf: (day: string) => `Files of ${day}; data CC BY 4.0, with the sources in every feature and row.`,
  notLoaded: 'The territory data has not loaded yet.',
  fileFailed: (why: string) => `The file could not be made: ${why}`,
  citeTitle: 'Cite this map',
  citation: 'Citation',
  /** "Copy citation", "Copy BibTeX": a capitalised word is lower-cased, a name in capitals kept. */
  copyThe: (what: string) => `Copy ${/^[A-Z][a-z]+$/.test(what) ? what.toLowerCase() : what}`,
  copied: 'Copied.',
  copyRefused: 'The browser did not allow copying: select the text above.',
  comparedWith: (title: string, a: string, b: string) => `${title}, ${a} compared with ${b}`,
  embedTitle: 'Embed this map',
  embedNote: (comparing: boolean) =>
    `Paste this into a web page: a compact atlas (map, slider, small legend, a link back here) at the view on screen${comparing ? ', comparing the two dates' : ''}. It loads everything from this site and nothing from elsewhere.`,
  embedHeight: 'Height',
  px: (n: string) => `${n} px`,

  // The embedded atlas (EmbedApp)
  embedLink: 'Iraq & Syria 2014–2026 atlas',
  embedOpensFull: ' (opens the full atlas at this view in a new tab)',

  // Shares chart points
  sharePoint: (publisher: string, day: string, who: string, share: string, country: string) =>
    `${publisher}, ${day}: ${who} ${share} of ${country}`,
  shareAtlas: (share: string) => `; atlas ${share}`,

  // Export size problems
  sizeWhole: (min: string) => `Width and height must be whole numbers of at least ${min} pixels.`,
  sizeTooBig: (animation: boolean, max: string, w: string, h: string) =>
    `${animation ? 'An animation frame' : 'An image'} can be at most ${max} pixels a side; the largest export of this shape is ${w} × ${h}.`,

  // PNG metadata
  pngDescription: (day: string, iso: string, sources: string) =>
    `Map of Iraq and Syria: who held the ground on ${day} (${iso}). ${sources}`,

  // Time card on narrow screens
  moreControls: 'More',
  moreControlsLabel: 'More time controls',

  // The user's own layers (OverlayPanel)
  overlaysHeading: 'Your layers',
  overlaysNote: (mb: string, features: string, positions: string) =>
    `Add GeoJSON or a CSV of points (lon/lat columns), up to ${mb} MB, ${features} features and ${positions} positions: open a file or drop it on the map. Kept only in this browser.`,
  openFile: 'Open a file…',
  openFileLabel: 'Open a GeoJSON or CSV file',
  overlayReading: (name: string) => `Reading ${name}…`,
  overlayChecking: (name: string) => `Checking ${name}…`,
  overlayShow: (name: string) => `Show ${name}`,
  overlayShowTitle: 'Show or hide',
  overlayColour: (name: string) => `Colour of ${name}`,
  overlayColourTitle: 'Colour',
  overlayName: 'Layer name',
  overlayFeatures: (n: string, one: boolean, saved: boolean) =>
    `${n} feature${one ? '' : 's'}${saved ? '' : ' — not saved: this session only'}`,
  overlayUnsaved: 'unsaved',
  overlayUnsavedTitle: 'Could not be saved in this browser; it lasts until you reload',
  overlayRemove: (name: string) => `Remove ${name}`,
  overlayRemoveTitle: 'Remove',
  overlayDrop: 'Drop a GeoJSON or CSV file to add it as your own layer',
  overlayCardTitle: (name: string) => `Your layer: ${name}`,
  overlayRemoved: '(removed)',
  overlayNotAtlas: 'Data you added, not part of the atlas.',
  overlayCluster: (n: string) => `${n} points here; zoom in to see them one by one.`,
  overlayNoProps: 'This feature has no properties.',
  overlayMoreProps: (n: string) => `…and ${n} more properties.`,
  // Notices: the address, loading, graphics and the user's saved layers (values `v` arrive unquoted)
  noticeRepeated: (key: string, n: string) => `The address gave “${key}” ${n} times; the first was used.`,
  noticeTooLong: (key: string) => `The “${key}” value in the address was too long and was ignored.`,
  noticeUnreadable: 'The address could not be read; the default view is shown.',
  noticeBadDate: (v: string) => `The date “${v}” is not a calendar date (use YYYY-MM-DD); the default date is shown.`,
  noticeDateMoved: (start: string, end: string, asked: string, used: string) =>
    `The atlas covers ${start} to ${end}; ${asked} was moved to ${used}.`,
  noticeBadCentre: (v: string) => `The centre “${v}” is not “longitude,latitude”; the default view is shown.`,
  noticeCentreOutside: (v: string) =>
    `The centre “${v}” is outside the region this atlas maps; the default view is shown.`,
  noticeBadZoom: (v: string) => `The zoom “${v}” is not a number; the default zoom is used.`,
  noticeZoomClamped: (z: string, min: string, max: string, used: string) =>
    `Zoom ${z} is outside ${min}–${max}; ${used} is used.`,
  /** A value the user typed, quoted. */
  quoted: (v: string) => `“${v}”`,
  noticeUnknownLayers: (names: string, one: boolean) =>
    `Unknown layer${one ? '' : 's'} ${names} ${one ? 'was' : 'were'} ignored.`,
  noticeBadLang: (v: string) => `Label language “${v}” is not available (use en or ar).`,
  noticeBadCompareDate: (v: string) => `The compare date “${v}” is not a calendar date (use YYYY-MM-DD).`,
  noticeBadCompareView: (v: string) => `The compare view “${v}” is not known (use split or change).`,
  noticeArabicFailed: 'The Arabic interface could not be loaded; the page is in English.',
  noticeLanguageFailed: (arabic: boolean, why: string) =>
    `The ${arabic ? 'Arabic' : 'English'} interface could not be loaded: ${why}`,
  noticeLoadFailed: (what: string, why: string) => `${what} could not be loaded: ${why}`,
  dataFiles: {
    territory: 'Territory data',
    forces: 'Forces data',
    events: 'Events',
    territorySources: 'Sources of the territory',
    forcesSources: 'Sources of the forces',
    eventsSources: 'Sources of the events',
    shares: 'Published shares',
    population: 'Population figures',
  },
  noticeBasemapFailed: (why: string) => `The basemap could not be loaded: ${why}`,
  noticeGraphicsLost: 'The graphics context was lost (GPU reset or memory pressure); the map is recovering…',
  noticeGraphicsBack: 'The map has recovered.',
  noticeLayersNotDrawn: (why: string) => `Your layers could not be drawn: ${why}.`,
  storageFull: 'the browser’s storage is full',
  noticeLayerNotSaved: (name: string, why: string) =>
    `Your layer “${name}” could not be saved in this browser (${why}). It stays on the map until you reload or close this page.`,
  noticeLayerRemovedElsewhere: (name: string) => `Your layer “${name}” was removed in another tab.`,
  noticeSavedNotLoaded: (why: string) => `Your saved layers could not be loaded (${why}).`,
  noticeSavedUnreadable: (n: string) => `${n} of your saved layers could not be read and were left in storage.`,
  noticeLayerGone: (name: string) =>
    `Your layer “${name}” was removed in another tab, so this change was not saved and the layer is gone here too.`,
  noticeLayerNotRemoved: (name: string, why: string) =>
    `Your layer “${name}” was removed from the map but not from storage (${why}); it may return after a reload.`,

  // The map has stopped drawing (GraphicsFailure) and exports that cannot start
  graphicsStopped: 'The map has stopped drawing',
  graphicsStoppedText:
    'Its graphics (WebGL) context was lost — the GPU was reset or ran out of memory — and the browser has not given it back, so dates, panning and exports cannot be drawn. Reloading the page starts the map again with the same view, date and layers.',
  graphicsReload: 'Reload the map',
  graphicsReloadAnyway: 'Reload anyway',
  graphicsUnsaved: (names: string, one: boolean) =>
    `Your layer${one ? '' : 's'} ${names} could not be saved in this browser and would be lost by a reload.`,
  graphicsProblem:
    'the graphics (WebGL) context of the page was lost (GPU reset or memory pressure) and has not come back; reload the page.',
  exportBusy: 'An export is already running.',
  exportNoGraphics: (why: string) => `The map cannot be exported: ${why}`,
  // The map's own controls (MapLibre) and scale units
  mapTitle: 'Map of Iraq and Syria',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  attributionToggle: 'Toggle attribution',
  mapAttribution: 'Atlas data: sources in every popup',
  popupClose: 'Close popup',
  kmUnit: 'km',
  mUnit: 'm',
  pngDataVersion: (version: string, asOf: string, day: string, stale: boolean) =>
    `atlas ${version}, data as of ${asOf}, map date ${day}${stale ? ' (after the data: last known state)' : ''}`,
  webglMissing: 'This map needs WebGL, which is not available in this browser.',
  webglHelp: (detail: string) =>
    `Turn on hardware acceleration (or WebGL) in your browser settings, or try another browser. Technical detail: ${detail}`,
  // The plain-text citation (BibTeX and CSL-JSON stay in English, as reference managers read them)
  citeAuthor: 'Iraq & Syria 2014–2026 atlas contributors',
  citeContainer: 'Iraq & Syria 2014–2026: an atlas of the war with ISIS',
  citeCompared: (a: string, b: string) => `${a} compared with ${b}`,
  citeText: (
    author: string,
    title: string,
    shown: string,
    container: string,
    version: string,
    asOf: string,
    link: string,
    accessed: string,
  ) =>
    `${author}. “${title}” [map; ${shown}]. ${container}, version ${version}, data as of ${asOf}. ${link} (accessed ${accessed}).`,
  // Export problems found while making the file (the dialog shows them)
  rangeNotDate: (v: string) => `“${v}” is not a date (use YYYY-MM-DD).`,
  rangeNotStep: (v: string) => `“${v}” is not a step (use 1m, 1w or Nd).`,
  rangeBackwards: (a: string, b: string) => `The range starts (${a}) after it ends (${b}).`,
  rangeTooMany: (n: string) => `More than ${n} frames; choose a larger step.`,
  exportNoTerritory: 'The territory data has not loaded yet; try again in a moment.',
  exportBlank: (day: string) => `The map for ${day} came out blank (WebGL drew nothing); the export was stopped.`,
  exportTileSlow: 'An export tile took too long to draw; the export was stopped.',
  exportContextLost:
    'The graphics (WebGL) context of the export map was lost, so the image could not be drawn; try a smaller size or reload the page.',
  exportCanvasRefused: (drawn: string, wanted: string) =>
    `The export map could only be drawn at ${drawn} pixels, not ${wanted}; choose a smaller size.`,
  exportNoVideo: 'This browser can encode no video (neither WebCodecs nor MediaRecorder); export a GIF instead.',
  noticeReaderFailed: (name: string, why: string) => `Could not add “${name}”: ${why}`,
  // What the population figures measure (PopulationPanel)
  basisKinds: {
    census: 'census',
    'official estimate': 'official estimate',
    'UN estimate': 'UN estimate',
    'local estimate': 'local estimate',
  },
  basisLine: (country: string, kinds: string, uncertain: string, total: string) =>
    `${country}: pre-war figures (places: ${kinds}${uncertain ? `; ${uncertain} marked uncertain` : ''}; country total: ${total}), not adjusted for displacement`,
  millions: (n: string) => `${n} M`,
  peopleShare: (share: string) => `${share} of the country's people`,
  peopleUnplaced: (n: string, share: string, missing: string) =>
    `The atlas cannot place ${n} people (${share}): villages and farms it has no place for, and the ${missing} inhabited places it has no sourced figure for.`,
  peopleRule: "A town's people count for whoever held it; a divided city's figure is split equally among its parts.",
  creditBasemap: 'Natural Earth; © OpenStreetMap contributors (ODbL)',
  creditTerritory: 'Territory: atlas control data (sources per area)',
  creditForces: 'Forces: atlas sites and troop data (sources per site)',
  /** Between the parts of a line (a caption, a list of forces). */
  partSep: ' · ',
  /** A place (as recorded) and its country. */
  placeIn: (place: string, country: string) => `${place}, ${country}`,
};

/** `T` with every string literal widened to `string`, keeping keys and function signatures. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: never[]) => unknown
    ? T
    : T extends readonly string[]
      ? readonly string[]
      : { [K in keyof T]: Widen<T[K]> };

/** The full key set of the interface's strings; every language provides all of it. */
export type Messages = Widen<typeof en>;
