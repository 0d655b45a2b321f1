/**
 * 補助金・委託料の算定 — the amount rules of support programs (#13): each kind of rule is data (stored per program and
 * fiscal year as JSON, {@link AmountRule}) and one function that computes an amount from the figures it names
 * ({@link AmountBasis}), with every step written out ({@link Amount#steps()}) so that the office can check a decision
 * against the print of its 交付要綱. Plain Java: no database, no CDI — what reads the registry's figures is the
 * caller's.
 */
package jp.kyodo.support.amount;
