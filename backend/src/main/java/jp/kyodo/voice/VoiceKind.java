package jp.kyodo.voice;

/** 要望 (a request), 提案 (a proposal) or 苦情 (a complaint) raised by a district to the city. */
public enum VoiceKind {
    REQUEST, PROPOSAL, COMPLAINT
}
