export { entries, noData as load } from '../quiz-bank.server';
