/**
 * Numbers shown in the panel are masked; ids and short numbers are not.
 */
import { maskForDisplay } from '../masking';

describe('maskForDisplay', () => {
    it.each([
        ['Call from 11987654321', 'Call from •••••••4321'],
        ['Call from (11) 98765-4321', 'Call from (••) •••••-4321'],
        ['+55 11 98765-4321 rang', '+•• •• •••••-4321 rang'],
        ['cpf 123.456.789-09 given', 'cpf •••.•••.•••-09 given'],
        ['extension 601 and queue 4000', 'extension 601 and queue 4000'],
        ['evolux:8eb4d68e-722a-11eb-914b-d185dd1424c7', 'evolux:8eb4d68e-722a-11eb-914b-d185dd1424c7'],
        ['evolux:708ff7f0-1667-4648-b40a-3dbec6b0cccd', 'evolux:708ff7f0-1667-4648-b40a-3dbec6b0cccd'],
        ['record a025g0000000001AAA saved', 'record a025g0000000001AAA saved'],
        ['gbm:5511987654321 asked for an agent', 'gbm:•••••••••4321 asked for an agent']
    ])('shows %j as %j', (text, shown) => {
        expect(maskForDisplay(text)).toBe(shown);
    });
});
