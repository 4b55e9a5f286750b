// @ts-check
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config({ignores: ['dist/**', 'dist-bench/**', 'node_modules/**', 'test/fixtures/**', 'data/**']}, ...tseslint.configs.recommended, {
	files: ['**/*.{ts,tsx,js}'],
	languageOptions: {globals: {...globals.node}},
	plugins: {'react-hooks': reactHooks},
	rules: {
		...reactHooks.configs.recommended.rules,
		'react-hooks/exhaustive-deps': 'error',
		'@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none'}],
		'@typescript-eslint/consistent-type-imports': ['error', {fixStyle: 'inline-type-imports'}],
	},
});
