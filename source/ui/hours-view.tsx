import {Box, Text} from 'ink';
import React from 'react';
import type {Catalog} from '../i18n/catalog.js';
import {shopName} from '../i18n/shop-name.js';
import type {ShopDay} from '../model/daily-figures.js';
import {clockIdsOf} from '../report/figure-tables.js';
import {renderHourChart} from '../report/hour-chart.js';
import {truncateToWidth} from '../text/display-width.js';

export interface HoursViewProps {
	/** The shop of the selected conversation, as today's figures count it; undefined when nothing is counted yet. */
	shop: ShopDay | undefined;
	clockLabel: (id: string) => string;
	text: Catalog;
	height: number;
	width: number;
}

/** `h`: today's consultations and breaches per hour for one shop, as bars; any key closes it. */
export function HoursView({shop, clockLabel, text, height, width}: HoursViewProps) {
	const lines = shop ? renderHourChart(shop.byHour, {clockIds: clockIdsOf([shop]), clockLabel, text, width, height: height - 2}) : [text.periods.hoursNoShop];
	return (
		<Box flexDirection="column" height={height}>
			<Text bold wrap="truncate">
				{truncateToWidth(shop ? text.periods.hoursView(shopName(shop, text)) : text.keys.hours, width)}
			</Text>
			{lines.map((line, index) => (
				<Text key={index} wrap="truncate">
					{truncateToWidth(line, width)}
				</Text>
			))}
			<Text dimColor>{text.help.close}</Text>
		</Box>
	);
}

/** The shop a conversation belongs to among today's, else the busiest one. */
export function shopOfToday(shops: readonly ShopDay[], conversation: {platform: string; shop: string} | undefined): ShopDay | undefined {
	const own = conversation && shops.find(shop => shop.platform === conversation.platform && shop.shop === conversation.shop);
	return own ?? [...shops].sort((a, b) => b.consultations - a.consultations)[0];
}
