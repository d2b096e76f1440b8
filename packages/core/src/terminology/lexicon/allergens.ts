import type { ConceptEntry } from '../lexicon-entry.ts';

/**
 * Non-drug allergens and allergy summary concepts. Allergens only become facts next to an allergy
 * cue (海鲜过敏, allergic to shellfish); drugs next to such a cue become allergies too.
 * Source: written for Yizhu (common allergens asked about in Chinese outpatient history taking).
 * Licence: project licence. No standard code is cited (SNOMED CT needs a national licence in China).
 */
export const ALLERGENS: ConceptEntry[] = [
  {
    id: 'drug_allergy',
    kind: 'allergy',
    zh: '药物过敏',
    en: 'Drug allergy',
    zhT: '药物过敏|药物过敏史|药过敏|对药过敏|对什么药过敏|过敏药物',
    enT: 'drug allergies|drug allergy|medication allergies|medication allergy|allergies to medications|allergies to any medications|allergic to any medications|known drug allergies|allergies to medicines|allergies to any medicines|allergic to any medicines|allergic to medicines|medicine allergies|allergies to medicine|nkda|any allergies to medicines|any allergies to medications|any allergies to medicine|any allergies to medication|any drug allergies|any medication allergies',
  },
  {
    id: 'food_allergy',
    kind: 'allergy',
    zh: '食物过敏',
    en: 'Food allergy',
    zhT: '食物过敏|对吃的过敏',
    enT: 'food allergies|food allergy',
  },
  {
    id: 'any_allergy',
    kind: 'allergy',
    zh: '过敏史',
    en: 'Allergy',
    zhT: '过敏史|过敏体质|什么过敏|过敏的东西',
    enT: 'allergies|known allergies|any allergies',
  },
  {
    id: 'seafood',
    kind: 'allergen',
    zh: '海鲜',
    en: 'Seafood',
    zhT: '海鲜|虾|螃蟹|鱼虾',
    enT: 'shellfish|seafood|shrimp|crab',
  },
  { id: 'pollen', kind: 'allergen', zh: '花粉', en: 'Pollen', zhT: '花粉|柳絮', enT: 'pollen|pollens|grass' },
  {
    id: 'dust_mite',
    kind: 'allergen',
    zh: '尘螨',
    en: 'Dust mite',
    zhT: '尘螨|螨虫|灰尘',
    enT: 'dust mites|dust mite|dust',
  },
  { id: 'egg', kind: 'allergen', zh: '鸡蛋', en: 'Egg', zhT: '鸡蛋|蛋清', enT: 'eggs|egg' },
  { id: 'milk', kind: 'allergen', zh: '牛奶', en: 'Milk', zhT: '牛奶|奶制品', enT: 'milk|dairy' },
  {
    id: 'peanut',
    kind: 'allergen',
    zh: '花生',
    en: 'Peanut',
    zhT: '花生|坚果',
    enT: 'peanuts|peanut|nuts|tree nuts',
  },
  { id: 'latex', kind: 'allergen', zh: '乳胶', en: 'Latex', zhT: '乳胶', enT: 'latex' },
  {
    id: 'pet_dander',
    kind: 'allergen',
    zh: '动物皮毛',
    en: 'Animal dander',
    zhT: '猫毛|狗毛|动物毛|宠物毛',
    enT: 'cats|dogs|pet dander|animal dander',
  },
  {
    id: 'insect_sting',
    kind: 'allergen',
    zh: '蜂蜇',
    en: 'Insect stings',
    zhT: '蜜蜂|马蜂|蜂蜇',
    enT: 'bees|bee stings|bee sting|wasps',
  },
  {
    id: 'alcohol_topical',
    kind: 'allergen',
    zh: '酒精',
    en: 'Alcohol (topical)',
    zhT: '酒精',
    enT: 'rubbing alcohol',
  },
];
