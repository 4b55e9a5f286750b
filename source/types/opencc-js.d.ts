// opencc-js ships types for its main entry only; the t2cn entry has the same Converter.
declare module 'opencc-js/t2cn' {
	export function Converter(options: {from: 't' | 'tw' | 'twp' | 'hk' | 'jp'; to: 'cn'}): (text: string) => string;
}
