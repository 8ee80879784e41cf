export { entries, load } from '../quiz-bank.server';
