"""Storage backends beyond the JSON lines feed: MongoDB (`mongo`, `pipelines`) and the
dead-letter file for items MongoDB could not take (`deadletter`)."""
