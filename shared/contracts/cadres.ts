/** 下沉干部: the registry and its organisation (临时党支部, 先锋岗, 突击队, 责任区). */
export const cadreContract = {};
