export { load } from '../bank-load';
