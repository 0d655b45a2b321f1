/** 評価シート (the view, its rows, the sheet's form logic and the correction form are under evaluation-sheet/). */
import './plans.css';
import './evaluation-sheet.css';

export { EvaluationSheetView } from './evaluation-sheet/view';
