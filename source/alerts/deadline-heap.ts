/** A min-heap of things due at a time: the engine pops what is due instead of scanning every conversation. */
export class DeadlineHeap<T> {
	private readonly items: {at: number; value: T}[] = [];

	get size(): number {
		return this.items.length;
	}

	push(at: number, value: T): void {
		const items = this.items;
		items.push({at, value});
		let index = items.length - 1;
		while (index > 0) {
			const parent = (index - 1) >> 1;
			if (items[parent]!.at <= at) break;
			[items[parent], items[index]] = [items[index]!, items[parent]!];
			index = parent;
		}
	}

	/** Removes and returns every value due at or before `now`, earliest first. */
	popDue(now: number): T[] {
		const due: T[] = [];
		while (this.items.length > 0 && this.items[0]!.at <= now) due.push(this.popTop());
		return due;
	}

	private popTop(): T {
		const items = this.items;
		const top = items[0]!;
		const last = items.pop()!;
		if (items.length > 0) {
			items[0] = last;
			let index = 0;
			for (;;) {
				const left = index * 2 + 1;
				const right = left + 1;
				let smallest = index;
				if (left < items.length && items[left]!.at < items[smallest]!.at) smallest = left;
				if (right < items.length && items[right]!.at < items[smallest]!.at) smallest = right;
				if (smallest === index) break;
				[items[smallest], items[index]] = [items[index]!, items[smallest]!];
				index = smallest;
			}
		}
		return top.value;
	}
}
