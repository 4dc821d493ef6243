export { renderReviewPage, type ReviewFile, type ReviewInput } from './page.js';
