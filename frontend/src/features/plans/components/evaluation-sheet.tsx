/** 評価シート (the view, its rows, the sheet's form logic and the correction form are under evaluation-sheet/). */
export { EvaluationSheetView } from './evaluation-sheet/view';
