/** 推進委員会: its members and its meetings (one module per panel and per form under committee/). */
export { CommitteeMeetingsPanel } from './committee/meetings-panel';
export { CommitteeMembersPanel } from './committee/members-panel';
